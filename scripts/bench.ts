// `npm run bench [-- --size N] [-- --db postgres]`: the portal at scale, measured in one run.
// For each size: generate a corpus, load it into a fresh Strapi, fetch it, build the site cold
// and warm, build the same content from local files (Astro's floor) and with Hugo, time one
// edit from webhook to served page, and print a table (JSON under .data/bench/).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { StrapiClient } from 'shared-types';
import { drawCovers, generateCorpus, sizesFor } from './bench/corpus.ts';
import { benchDemo } from './bench/demo.ts';
import { exportForAstro, exportForHugo, type Content } from './bench/export.ts';
import { measure } from './bench/process-tree.ts';
import { step } from './lib/log.ts';
import { DATA_DIR, ROOT } from './lib/paths.ts';
import { buildCms, freePort } from './lib/strapi.ts';
import { TestEditor } from './lib/test-content.ts';
import { startTestStrapi, type TestDatabase } from './lib/test-strapi.ts';
import jwt from 'jsonwebtoken';
import { buildSite, controlApp, Publisher, Renderer, type BuildRecord, type BuildResult } from 'publisher';
import previewFacts from '../cms/src/lib/preview.json' with { type: 'json' };

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = arg('size') ? [Number(arg('size'))] : [1000, 10_000];
const DB = (arg('db') ?? 'sqlite') as TestDatabase;
const OUT = path.join(DATA_DIR, 'bench');
const SITE_URL = 'https://phunu.example.vn';

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const f1 = (n: number) => n.toFixed(1);

interface BuildFigure {
  seconds: number;
  peakMiB: number;
  /** Peak of the Astro build and of the Pagefind indexing, apart. */
  peakMiBByPhase: Record<string, number>;
  pages: number;
  pagesPerSecond: number;
  phases: BuildResult['phases'];
}

async function measuredBuild(
  label: string,
  outDir: string,
  env: Record<string, string>,
  exclude: number[],
): Promise<BuildFigure> {
  step('bench', `${label} ...`);
  let phase = 'astro';
  const { result, seconds, peakMiB, peakMiBByPhase } = await measure(
    () => buildSite({ outDir, env, onPhase: (p) => (phase = p) }),
    {
      includeSelf: true,
      exclude,
      phase: () => phase,
    },
  );
  step(
    'bench',
    `${label}: ${seconds.toFixed(1)} s, ${result.pages} pages, peak ${peakMiB.toFixed(0)} MiB ` +
      `(Astro ${(peakMiBByPhase.astro ?? 0).toFixed(0)}, Pagefind ${(peakMiBByPhase.search ?? 0).toFixed(0)})`,
  );
  return {
    seconds,
    peakMiB,
    peakMiBByPhase,
    pages: result.pages,
    pagesPerSecond: result.pages / seconds,
    phases: result.phases,
  };
}

async function hugoBuild(
  dir: string,
  exclude: number[],
): Promise<{ seconds: number; peakMiB: number; pages: number }> {
  const { result, seconds, peakMiB } = await measure(
    () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(
          'hugo',
          ['--source', dir, '--destination', path.join(dir, 'public'), '--quiet', '--cleanDestinationDir'],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('exit', (code) =>
          code === 0 ? resolve(output) : reject(new Error(`hugo failed: ${output}`)),
        );
        child.on('error', reject);
      }),
    { exclude },
  );
  void result;
  const pages = readdirSync(path.join(dir, 'public'), { recursive: true }).filter((f) =>
    String(f).endsWith('.html'),
  ).length;
  return { seconds, peakMiB, pages };
}

/** Everything one size measures; printed as the table and kept as JSON. */
interface SizeFigures {
  size: number;
  database: TestDatabase;
  machine: string;
  generate?: { seconds: number; sizes: ReturnType<typeof sizesFor> };
  load?: { seconds: number; entries: number; entriesPerSecond: number; note: string };
  fetch?: { seconds: number; requests: number; MiB: number };
  clientTuning?: Array<{ pageSize: number; concurrency: number; seconds: number }>;
  ours?: {
    cold: BuildFigure;
    warm: BuildFigure;
    dist: { MiB: number; files: number };
    searchIndex: { seconds: number; MiB: number; files: number };
  };
  /** The preview renderer on the warm build: start (data loaded), first and further opens of a draft. */
  preview?: { startSeconds: number; firstMs: number; warmMs: number[] } | { error: string };
  floor?: { cold: BuildFigure; warm: BuildFigure };
  hugo?: { seconds: number; peakMiB: number; pages: number };
  oneEdit?:
    | {
        /** Webhook received → new page served (the fast, partial build). */
        pingToLiveSeconds: number;
        mode: BuildRecord['mode'];
        debounceSeconds: number;
        buildSeconds: number;
        phases: BuildRecord['phases'];
        /** Webhook received → the full build that follows is served (search index, sitemap, every cross-link). */
        pingToFullSeconds: number;
        fullBuildSeconds: number;
        fullPhases: BuildRecord['phases'];
      }
    | { error: string };
}

/** Starts the preview renderer on a release and opens the preview of one article's draft, cold then warm. */
async function measurePreview(
  release: string,
  env: Record<string, string>,
  strapi: { env: Record<string, string> },
  articles: Array<{ documentId: string }>,
): Promise<NonNullable<SizeFigures['preview']>> {
  const renderer = new Renderer({ host: '127.0.0.1', port: 0, env });
  try {
    step('bench', 'preview renderer: start, then open a draft 6 times ...');
    let started = performance.now();
    await renderer.load(release);
    const startSeconds = (performance.now() - started) / 1000;
    const documentId = articles[Math.floor(articles.length / 2)]!.documentId;
    const token = jwt.sign(
      { uid: 'api::article.article', documentId, status: 'draft' },
      strapi.env.PREVIEW_SECRET!,
      { algorithm: 'HS256', expiresIn: 600, audience: previewFacts.tokenAudience },
    );
    const opens: number[] = [];
    for (let i = 0; i < 6; i++) {
      started = performance.now();
      const response = await fetch(`http://127.0.0.1:${renderer.port}/xem-truoc/?token=${token}`);
      await response.text();
      if (response.status !== 200) throw new Error(`the preview answered ${response.status}`);
      opens.push(performance.now() - started);
    }
    const [firstMs, ...warmMs] = opens as [number, ...number[]];
    step(
      'bench',
      `preview: renderer ready in ${f1(startSeconds)} s; opened in ${firstMs.toFixed(0)} ms, then ` +
        warmMs.map((ms) => `${ms.toFixed(0)}`).join(', ') +
        ' ms',
    );
    return { startSeconds, firstMs, warmMs };
  } catch (error) {
    step('bench', `preview FAILED: ${(error as Error).message}`);
    return { error: (error as Error).message };
  } finally {
    await renderer.close();
  }
}

/** Loads the corpus with scripts/load-corpus.ts in a process of its own, its progress lines shown. */
function loadCorpus(env: Record<string, string>, corpusFile: string, coversDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'scripts', 'load-corpus.ts'), corpusFile, coversDir],
      {
        // No webhook while loading: the publisher is not listening yet, and the load is no edit.
        env: {
          ...process.env,
          NODE_ENV: 'production',
          STRAPI_TELEMETRY_DISABLED: 'true',
          ...env,
          PUBLISHER_WEBHOOK_URL: '',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (/^\[(bench-load|provision)\]/.test(line)) console.log(line);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`loading the corpus failed (exit ${code}); its errors are above`)),
    );
  });
}

async function benchSize(size: number): Promise<Required<SizeFigures>> {
  const work = path.join(OUT, `work-${size}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const figures: SizeFigures = {
    size,
    database: DB,
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  };

  // 1. Corpus.
  const sizes = sizesFor(size);
  let t0 = performance.now();
  const corpus = generateCorpus(sizes);
  const corpusFile = path.join(work, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(corpus));
  await drawCovers(corpus.covers, path.join(work, 'covers'));
  figures.generate = { seconds: (performance.now() - t0) / 1000, sizes };
  step(
    'bench',
    `corpus of ${size} articles generated in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
      `(${JSON.stringify(sizes)})`,
  );

  // 2. Load into a fresh Strapi through the Document Service (entries/s printed by the loader).
  const publisherPort = await freePort();
  const secret = 'bench-secret-0123456789abcdef';
  t0 = performance.now();
  step('bench', `loading into a fresh Strapi on ${DB} ...`);
  const strapi = await startTestStrapi(DB, {
    seed: false,
    echo: true,
    timeoutMs: 3_600_000,
    prepare: (env) => loadCorpus(env, corpusFile, path.join(work, 'covers')),
    env: {
      PUBLISHER_WEBHOOK_URL: `http://127.0.0.1:${publisherPort}/webhook`,
      PUBLISHER_SECRET: secret,
    },
  });
  const entries = size + sizes.organisations + sizes.projects + sizes.pledges + sizes.videos;
  const loadSeconds = (performance.now() - t0) / 1000;
  figures.load = {
    seconds: loadSeconds,
    entries,
    entriesPerSecond: entries / loadSeconds,
    note: 'includes Strapi start (~3 s) and cover uploads',
  };

  try {
    // 3. Fetch everything through the API client.
    const client = new StrapiClient({ baseUrl: strapi.url, token: strapi.token });
    t0 = performance.now();
    const content: Content = {
      articles: await client.findAll('article'),
      organisations: await client.findAll('organisation'),
      projects: await client.findAll('project'),
      pledges: await client.findAll('emulationPledge'),
      videos: await client.findAll('video'),
      tags: await client.findAll('tag'),
    };
    figures.fetch = {
      seconds: (performance.now() - t0) / 1000,
      requests: client.stats.requests,
      MiB: mib(client.stats.bytes),
    };
    step(
      'bench',
      `fetched all content in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
        `${client.stats.requests} requests, ${mib(client.stats.bytes).toFixed(1)} MiB`,
    );

    // 3b. The client's page size and concurrency, measured rather than guessed (articles only;
    // 12 full fetches, minutes at 10,000 articles: only with --tune-client).
    const tuning: Array<{ pageSize: number; concurrency: number; seconds: number }> = [];
    for (const pageSize of args.includes('--tune-client') ? [25, 50, 100] : []) {
      for (const concurrency of [1, 2, 4, 8]) {
        const probe = new StrapiClient({ baseUrl: strapi.url, token: strapi.token, pageSize, concurrency });
        const started = performance.now();
        await probe.findAll('article');
        tuning.push({ pageSize, concurrency, seconds: (performance.now() - started) / 1000 });
      }
    }
    figures.clientTuning = tuning;
    if (tuning.length > 0)
      step(
        'bench',
        `client tuning (articles): ` +
          tuning.map((t) => `${t.pageSize}×${t.concurrency}: ${t.seconds.toFixed(2)} s`).join(', '),
      );

    // 4. Our build, cold (empty data store and image cache) then warm (both kept).
    const ours = path.join(work, 'ours');
    const env = { STRAPI_URL: strapi.url, STRAPI_TOKEN: strapi.token, SITE_URL, DATA_DIR: ours };
    const notBuild = [strapi.instance.process.pid!];
    const cold = await measuredBuild('our build, cold', path.join(ours, 'dist-cold'), env, notBuild);
    rmSync(path.join(ours, 'dist-cold'), { recursive: true, force: true });
    const warm = await measuredBuild('our build, warm', path.join(ours, 'dist-warm'), env, notBuild);
    const dist = folderSize(path.join(ours, 'dist-warm'));
    const index = folderSize(path.join(ours, 'dist-warm', 'pagefind'));
    figures.ours = {
      cold,
      warm,
      dist: { MiB: mib(dist.bytes), files: dist.files },
      searchIndex: { seconds: warm.phases.search, MiB: mib(index.bytes), files: index.files },
    };

    // 4b. The preview renderer on that release: its start, then a draft opened once and five more times.
    figures.preview = await measurePreview(path.join(ours, 'dist-warm'), env, strapi, content.articles);

    // 5. Astro's floor: the same site from local files, no Strapi (uploads from a local folder).
    const floorDir = path.join(work, 'floor');
    exportForAstro(content, path.join(floorDir, 'content'));
    const uploads = Fastify();
    // Cached like Strapi's uploads (max-age one year), so Astro's image cache can keep them.
    await uploads.register(fastifyStatic, {
      root: path.join(strapi.publicDir, 'uploads'),
      prefix: '/uploads/',
      maxAge: '365d',
      immutable: true,
    });
    const uploadsUrl = await uploads.listen({ host: '127.0.0.1', port: 0 });
    const floorEnv = {
      STRAPI_URL: uploadsUrl,
      STRAPI_TOKEN: 'not-used',
      SITE_URL,
      DATA_DIR: floorDir,
      CONTENT_DIR: path.join(floorDir, 'content'),
    };
    const floorCold = await measuredBuild(
      'Astro floor (local files), cold',
      path.join(floorDir, 'dist-cold'),
      floorEnv,
      notBuild,
    );
    rmSync(path.join(floorDir, 'dist-cold'), { recursive: true, force: true });
    const floorWarm = await measuredBuild(
      'Astro floor (local files), warm',
      path.join(floorDir, 'dist-warm'),
      floorEnv,
      notBuild,
    );
    await uploads.close();
    figures.floor = { cold: floorCold, warm: floorWarm };

    // 6. Hugo on the same articles.
    const hugoDir = path.join(work, 'hugo');
    cpSync(path.join(ROOT, 'scripts', 'bench', 'hugo'), hugoDir, { recursive: true });
    exportForHugo(content, hugoDir);
    step('bench', 'Hugo build ...');
    const hugo = await hugoBuild(hugoDir, notBuild);
    step(
      'bench',
      `Hugo: ${hugo.seconds.toFixed(1)} s, ${hugo.pages} pages, peak ${hugo.peakMiB.toFixed(0)} MiB`,
    );
    figures.hugo = hugo;

    // 7. One edit through Strapi, from webhook received to the new page served.
    const records: BuildRecord[] = [];
    const publisher = new Publisher({
      root: path.join(ours, 'site'),
      strapiUrl: strapi.url,
      token: () => strapi.token,
      buildEnv: env,
      debounceMs: 200,
      maxWaitMs: 2000,
      log: () => undefined,
      onBuild: (r) => records.push(r),
    });
    const control = controlApp(publisher, secret);
    await control.listen({ host: '127.0.0.1', port: publisherPort });
    step('bench', 'publisher warm-up build ...');
    await publisher.buildNow('bench warm-up');
    const editor = new TestEditor(strapi);
    const target = content.articles[Math.floor(content.articles.length / 2)]!;
    step('bench', 'one edit: changing one title through Strapi ...');
    await editor.update('articles', target.documentId, { title: `${target.title} (đã sửa)` });
    const deadline = Date.now() + 1_200_000;
    const followUp = () =>
      records.find((r) => r.trigger.includes('full rebuild after a fast publish') && r.result === 'success');
    while (
      !(records.some((r) => r.trigger.includes('entry.update') && r.result !== 'unchanged') && followUp()) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 100));
    const edit = records.find((r) => r.trigger.includes('entry.update') && r.result === 'success');
    const full = followUp();
    await publisher.idle();
    await control.close();
    if (edit && full) {
      const pingAt = Date.parse(edit.finishedAt) - (edit.pingToLiveMs ?? 0);
      figures.oneEdit = {
        pingToLiveSeconds: (edit.pingToLiveMs ?? 0) / 1000,
        mode: edit.mode,
        debounceSeconds: 0.2,
        buildSeconds: edit.seconds,
        phases: edit.phases,
        pingToFullSeconds: (Date.parse(full.finishedAt) - pingAt) / 1000,
        fullBuildSeconds: full.seconds,
        fullPhases: full.phases,
      };
      step(
        'bench',
        `one edit: webhook → page served in ${f1(figures.oneEdit.pingToLiveSeconds)} s (${edit.mode}); ` +
          `search and sitemap ${f1(figures.oneEdit.pingToFullSeconds)} s`,
      );
    } else {
      figures.oneEdit = {
        error:
          `no ${edit ? 'full build' : 'build'} after the edit: ` +
          JSON.stringify(records.map((r) => [r.trigger, r.result, r.error])),
      };
      step('bench', `one edit FAILED: ${figures.oneEdit.error}`);
    }
  } finally {
    await strapi.destroy();
  }
  return figures as Required<SizeFigures>;
}

mkdirSync(OUT, { recursive: true });
buildCms();
if (args.includes('--demo')) {
  await benchDemo();
  process.exit(0);
}
const results: Array<Required<SizeFigures>> = [];
for (const size of SIZES) results.push(await benchSize(size));
const file = path.join(OUT, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

const row = (label: string, pick: (r: Required<SizeFigures>) => string) =>
  `| ${label} | ${results.map(pick).join(' | ')} |`;
console.log(`\n| measure | ${results.map((r) => `${r.size} articles`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
console.log(
  row(
    'load into Strapi (entries/s)',
    (r) => `${f1(r.load.seconds)} s (${r.load.entriesPerSecond.toFixed(0)}/s)`,
  ),
);
console.log(
  row(
    'fetch all (s, requests, MiB)',
    (r) => `${f1(r.fetch.seconds)} s, ${r.fetch.requests}, ${f1(r.fetch.MiB)}`,
  ),
);
console.log(
  row(
    'our cold build (s, pages/s, peak MiB)',
    (r) =>
      `${f1(r.ours.cold.seconds)} s, ${r.ours.cold.pagesPerSecond.toFixed(0)}, ${r.ours.cold.peakMiB.toFixed(0)}`,
  ),
);
console.log(
  row(
    'our warm build (s, pages/s, peak MiB)',
    (r) =>
      `${f1(r.ours.warm.seconds)} s, ${r.ours.warm.pagesPerSecond.toFixed(0)}, ${r.ours.warm.peakMiB.toFixed(0)}`,
  ),
);
console.log(
  row('preview: renderer start (s), first open, warm opens (ms)', (r) =>
    'error' in r.preview
      ? `FAILED: ${r.preview.error}`
      : `${f1(r.preview.startSeconds)} s, ${r.preview.firstMs.toFixed(0)}, ` +
        `${Math.min(...r.preview.warmMs).toFixed(0)}–${Math.max(...r.preview.warmMs).toFixed(0)}`,
  ),
);
console.log(
  row(
    '  peak MiB warm: Astro build / Pagefind',
    (r) =>
      `${(r.ours.warm.peakMiBByPhase.astro ?? 0).toFixed(0)} / ${(r.ours.warm.peakMiBByPhase.search ?? 0).toFixed(0)}`,
  ),
);
console.log(
  row(
    '  phases warm: fetch / render / images / search',
    (r) =>
      `${f1(r.ours.warm.phases.fetch)} / ${f1(r.ours.warm.phases.render)} / ` +
      `${f1(r.ours.warm.phases.images)} / ${f1(r.ours.warm.phases.search)} s`,
  ),
);
console.log(
  row(
    'Astro floor, local files: cold / warm (s)',
    (r) =>
      `${f1(r.floor.cold.seconds)} / ${f1(r.floor.warm.seconds)} s, peak ${r.floor.warm.peakMiB.toFixed(0)} MiB ` +
      `(Astro ${(r.floor.warm.peakMiBByPhase.astro ?? 0).toFixed(0)})`,
  ),
);
console.log(
  row('our warm / floor warm', (r) => `${(r.ours.warm.seconds / r.floor.warm.seconds).toFixed(2)}×`),
);
console.log(
  row(
    'Hugo (s, pages, peak MiB)',
    (r) => `${f1(r.hugo.seconds)} s, ${r.hugo.pages}, ${r.hugo.peakMiB.toFixed(0)}`,
  ),
);
console.log(row('our warm / Hugo', (r) => `${(r.ours.warm.seconds / r.hugo.seconds).toFixed(2)}×`));
const edit = (r: Required<SizeFigures>) => ('error' in r.oneEdit ? null : r.oneEdit);
console.log(
  row('one edit: webhook → page served (s)', (r) =>
    edit(r)
      ? `${f1(edit(r)!.pingToLiveSeconds)} s (${edit(r)!.mode} build ${f1(edit(r)!.buildSeconds)} s)`
      : 'n/a',
  ),
);
console.log(
  row('  edit phases: fetch / render / images / overlay / swap', (r) => {
    const phases = edit(r)?.phases;
    return phases
      ? `${f1(phases.fetch)} / ${f1(phases.render)} / ${f1(phases.images)} / ` +
          `${f1(phases.overlay ?? 0)} / ${(phases.swap * 1000).toFixed(0)} ms`
      : 'n/a';
  }),
);
console.log(
  row('one edit: webhook → search index and sitemap (s)', (r) =>
    edit(r)
      ? `${f1(edit(r)!.pingToFullSeconds)} s (full build ${f1(edit(r)!.fullBuildSeconds)} s, ` +
        `search ${f1(edit(r)!.fullPhases?.search ?? 0)} s)`
      : 'n/a',
  ),
);
console.log(
  row('one edit / Hugo full build', (r) =>
    edit(r) ? `${(edit(r)!.pingToLiveSeconds / r.hugo.seconds).toFixed(2)}×` : 'n/a',
  ),
);
console.log(
  row(
    'search index (s, MiB, files)',
    (r) => `${f1(r.ours.searchIndex.seconds)} s, ${f1(r.ours.searchIndex.MiB)}, ${r.ours.searchIndex.files}`,
  ),
);
console.log(row('dist (MiB, files)', (r) => `${f1(r.ours.dist.MiB)}, ${r.ours.dist.files}`));
if (results.length > 1) {
  const [a, b] = [results[0]!, results.at(-1)!];
  const growth =
    edit(a) && edit(b)
      ? `, one edit ×${(edit(b)!.pingToLiveSeconds / edit(a)!.pingToLiveSeconds).toFixed(1)}`
      : '';
  console.log(
    `\ncost growth ${a.size} → ${b.size} articles (×${b.size / a.size}): ` +
      `warm build ×${(b.ours.warm.seconds / a.ours.warm.seconds).toFixed(1)}${growth}`,
  );
}
console.log(`\nJSON: ${file}`);
if (!existsSync(file)) process.exit(1);
