// `npm run bench [-- --size N] [-- --db postgres] [-- --edits N] [-- --no-full]`: the portal at scale, in one run.
// For each size: generate a corpus, load it into a fresh Strapi, fetch it, build the site cold
// and warm, build the same content from local files (Astro's floor) and with Hugo, time one
// edit from webhook to served page, and print a table (JSON under .data/bench/).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { StrapiClient } from 'shared-types';
import { drawCovers, generateCorpus, sizesFor } from './bench/corpus.ts';
import { editKinds } from './bench/edit-kinds.ts';
import { benchDemo } from './bench/demo.ts';
import { exportForAstro, exportForHugo, type Content } from './bench/export.ts';
import { failed, type BuildFigure, type EditPhase, type Failed, type SizeFigures } from './bench/figures.ts';
import { forkPublisher } from './bench/forked-publisher.ts';
import { measure } from './bench/process-tree.ts';
import { measureSearchPage } from './bench/search-page.ts';
import { printTable } from './bench/table.ts';
import { ensureSystemPackages } from './lib/checks/system-deps.ts';
import { step } from './lib/log.ts';
import { DATA_DIR, ROOT } from './lib/paths.ts';
import { buildCms, freePort } from './lib/strapi/strapi.ts';
import { TestEditor } from 'test-harness/test-content';
import { startTestStrapi, type TestDatabase, type TestStrapi } from 'test-harness/test-strapi';
import jwt from 'jsonwebtoken';
import {
  buildSite,
  collectGarbage,
  Renderer,
  SEARCH_API_FOLLOW_UP,
  SEARCH_FOLLOW_UP,
  type BuildRecord,
} from 'publisher';
import previewFacts from '../cms/src/lib/preview.json' with { type: 'json' };

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = arg('size') ? [Number(arg('size'))] : [1000, 10_000];
/** `--only ours,preview,floor,hugo,edit,kinds`: the measures to take after loading and fetching (all by default). */
const ONLY = arg('only')?.split(',');
const wanted = (measure: 'ours' | 'preview' | 'floor' | 'hugo' | 'edit' | 'kinds') =>
  !ONLY || ONLY.includes(measure);
const DB = (arg('db') ?? 'sqlite') as TestDatabase;
/** `--edits N`: N edits of different articles, one after another once the last is searchable (1 by default). */
const EDITS = Math.max(1, Number(arg('edits') ?? 1));
/** `--no-full`: the full build after the edits is not awaited (about 40 minutes at 100,000 articles). */
const AWAIT_FULL = !args.includes('--no-full');
const OUT = path.join(DATA_DIR, 'bench');
const SITE_URL = 'https://phunu.example.vn';

function folderSize(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
      if (entry.name.endsWith('.html')) pages++;
    }
  }
  return { bytes, files, pages };
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const f1 = (n: number) => n.toFixed(1);
/** "4.7 s", or what stands for a figure not taken. */
const secondsOr = (seconds: number | undefined, otherwise: string) =>
  seconds === undefined ? otherwise : `${f1(seconds)} s`;
const f0 = (n: number) => n.toFixed(0);

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

/** Starts the preview renderer on a release and opens the preview of one article's draft, cold then warm. */
async function measurePreview(
  release: string,
  env: Record<string, string>,
  strapi: { env: Record<string, string> },
  articles: Array<{ documentId: string }>,
): Promise<NonNullable<SizeFigures['preview']>> {
  const renderer = new Renderer({
    host: '127.0.0.1',
    port: 0,
    env,
    log: (message) => step('renderer', message),
  });
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
      // The corpus is parsed whole: 100,000 articles need more than V8's default heap.
      ['--max-old-space-size=8192', path.join(ROOT, 'scripts', 'load-corpus.ts'), corpusFile, coversDir],
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

/** The run's JSON, rewritten after every measure: a failure later loses nothing taken before. */
const RUN_FILE = path.join(OUT, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const results: SizeFigures[] = [];
const save = () => writeFileSync(RUN_FILE, `${JSON.stringify(results, null, 2)}\n`);
const failures: string[] = [];

/**
 * Takes one measure: its figure is saved as soon as it is taken; a failure is reported, saved as
 * the measure's error, and the run goes on with the measures that do not need it.
 */
async function take<T>(what: string, run: () => Promise<T>): Promise<T | Failed> {
  try {
    return await run();
  } catch (error) {
    const message = (error as Error).message.split('\n').slice(0, 3).join(' ');
    step('bench', `${what} FAILED: ${message}`);
    failures.push(`${what}: ${message}`);
    return { error: message };
  }
}

async function benchSize(size: number): Promise<void> {
  const work = path.join(OUT, `work-${size}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const figures: SizeFigures = {
    size,
    database: DB,
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  };
  results.push(figures);
  const record = <K extends keyof SizeFigures>(key: K, value: SizeFigures[K]) => {
    figures[key] = value;
    save();
    return value;
  };

  // 1. Corpus.
  const sizes = sizesFor(size);
  const corpusFile = path.join(work, 'corpus.json');
  let corpus: ReturnType<typeof generateCorpus> | undefined;
  const generated = record(
    'generate',
    await take('generating the corpus', async () => {
      const t0 = performance.now();
      corpus = generateCorpus(sizes);
      writeFileSync(corpusFile, JSON.stringify(corpus));
      await drawCovers(corpus.covers, path.join(work, 'covers'));
      const seconds = (performance.now() - t0) / 1000;
      step('bench', `corpus of ${size} articles generated in ${f1(seconds)} s (${JSON.stringify(sizes)})`);
      return { seconds, sizes };
    }),
  );
  if (failed(generated) || !corpus) return;
  // The corpus is on disk (corpusFile): 1.5 GB of objects at 100,000 articles not held in memory.
  corpus = undefined;

  // 2. Load into a fresh Strapi (the bulk loader; entries/s printed by it).
  const publisherPort = await freePort();
  const secret = 'bench-secret-0123456789abcdef';
  step('bench', `loading into a fresh Strapi on ${DB} ...`);
  let strapi: Awaited<ReturnType<typeof startTestStrapi>> | undefined;
  const loaded = record(
    'load',
    await take('loading into Strapi', async () => {
      const t0 = performance.now();
      strapi = await startTestStrapi(DB, {
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
      const seconds = (performance.now() - t0) / 1000;
      return { seconds, entries, entriesPerSecond: entries / seconds, note: 'includes Strapi start (~3 s)' };
    }),
  );
  if (failed(loaded) || !strapi) return;
  const cms = strapi;

  try {
    // 3. Fetch everything through the API client.
    let content: Content | undefined;
    record(
      'fetch',
      await take('fetching all content', async () => {
        const client = new StrapiClient({ baseUrl: cms.url, token: cms.token });
        const t0 = performance.now();
        content = {
          articles: await client.findAll('article'),
          organisations: await client.findAll('organisation'),
          projects: await client.findAll('project'),
          pledges: await client.findAll('emulationPledge'),
          videos: await client.findAll('video'),
          tags: await client.findAll('tag'),
        };
        const seconds = (performance.now() - t0) / 1000;
        const { requests, bytes } = client.stats;
        step('bench', `fetched all content in ${f1(seconds)} s: ${requests} requests, ${f1(mib(bytes))} MiB`);
        return { seconds, requests, MiB: mib(bytes) };
      }),
    );

    // 3b. The client's page size and concurrency, measured rather than guessed (articles only;
    // 12 full fetches, minutes at 10,000 articles: only with --tune-client).
    if (args.includes('--tune-client')) {
      const tuning: Array<{ pageSize: number; concurrency: number; seconds: number }> = [];
      for (const pageSize of [25, 50, 100]) {
        for (const concurrency of [1, 2, 4, 8]) {
          const probe = new StrapiClient({ baseUrl: cms.url, token: cms.token, pageSize, concurrency });
          const started = performance.now();
          await probe.findAll('article');
          tuning.push({ pageSize, concurrency, seconds: (performance.now() - started) / 1000 });
        }
      }
      record('clientTuning', tuning);
      step(
        'bench',
        `client tuning (articles): ` +
          tuning.map((t) => `${t.pageSize}×${t.concurrency}: ${t.seconds.toFixed(2)} s`).join(', '),
      );
    }

    // 4. Our build, cold (empty data store and image cache) then warm (both kept).
    const ours = path.join(work, 'ours');
    const env = { STRAPI_URL: cms.url, STRAPI_TOKEN: cms.token, SITE_URL, DATA_DIR: ours };
    const notBuild = [cms.instance.process.pid!];
    const warmDir = path.join(ours, 'dist-warm');
    if (wanted('ours')) {
      const oursFigures: NonNullable<SizeFigures['ours']> = {
        cold: await take('our cold build', () =>
          measuredBuild('our build, cold', path.join(ours, 'dist-cold'), env, notBuild),
        ),
        warm: { error: 'not run yet' },
      };
      record('ours', oursFigures);
      rmSync(path.join(ours, 'dist-cold'), { recursive: true, force: true });
      oursFigures.warm = await take('our warm build', () =>
        measuredBuild('our build, warm', warmDir, env, notBuild),
      );
      if (!failed(oursFigures.warm)) {
        const dist = folderSize(warmDir);
        const index = folderSize(path.join(warmDir, 'pagefind'));
        oursFigures.dist = { MiB: mib(dist.bytes), files: dist.files };
        oursFigures.searchIndex = {
          seconds: oursFigures.warm.phases.search,
          MiB: mib(index.bytes),
          files: index.files,
        };
      }
      record('ours', oursFigures);

      // 4b. The preview renderer on that release: its start, then a draft opened once and five more times.
      if (wanted('preview'))
        record(
          'preview',
          failed(oursFigures.warm) || !content
            ? { error: 'needs the warm build and the fetched content' }
            : await measurePreview(warmDir, env, cms, content.articles),
        );
    }

    // 5. Astro's floor: the same site from local files, no Strapi (uploads from a local folder).
    let fetched = content;
    {
      // In a block: the closures hold the content only while it runs.
      const forFloor = fetched;
      if (wanted('floor'))
        record(
          'floor',
          !forFloor
            ? { error: 'needs the fetched content' }
            : await take("Astro's floor", () =>
                floorBuilds(forFloor, path.join(work, 'floor'), cms, notBuild),
              ),
        );
    }

    // 6. Hugo on the same articles.
    {
      const forHugo = fetched;
      if (wanted('hugo'))
        record(
          'hugo',
          !forHugo
            ? { error: 'needs the fetched content' }
            : await take('Hugo', async () => {
                const hugoDir = path.join(work, 'hugo');
                cpSync(path.join(ROOT, 'scripts', 'bench', 'hugo'), hugoDir, { recursive: true });
                exportForHugo(forHugo, hugoDir);
                step('bench', 'Hugo build ...');
                const hugo = await hugoBuild(hugoDir, notBuild);
                step(
                  'bench',
                  `Hugo: ${f1(hugo.seconds)} s, ${hugo.pages} pages, peak ${hugo.peakMiB.toFixed(0)} MiB`,
                );
                return hugo;
              }),
        );
    }

    // 7. One edit through Strapi, from webhook received to the new page served (N with --edits N).
    const targets = ((articles: Content['articles']) =>
      Array.from({ length: Math.min(EDITS, articles.length) }, (_, i) => {
        const { documentId, title } = articles[Math.floor(((i + 1) * articles.length) / (EDITS + 1))]!;
        return { documentId, title };
      }))(fetched?.articles ?? []);
    const target = targets[0];
    // What the bench fetched is not held through the edit measure (1.5 GB of objects at 100,000
    // articles): the machine's memory is the publisher's, whose process is measured apart.
    content = fetched = undefined;
    collectGarbage();
    if (wanted('edit'))
      record(
        'oneEdit',
        !target
          ? { error: 'needs the fetched content' }
          : await take('one edit', () =>
              oneEdit(cms, env, path.join(ours, 'site'), publisherPort, secret, targets, size, (cold) =>
                record('publisherColdBuild', cold),
              ),
            ),
      );

    // 7b. Each kind of edit, a burst, and the live site compared with a full build from scratch.
    if (wanted('kinds'))
      record(
        'editKinds',
        await take('edit kinds', () => editKinds(cms, env, path.join(ours, 'site'), publisherPort, secret)),
      );

    // 8. The live site the edit left: its size, and its search page as a reader on slow 4G meets it.
    const live = path.join(ours, 'site', 'current');
    if (wanted('edit') && target) {
      record(
        'liveDist',
        await take('the live site', async () => {
          const { bytes, files, pages } = folderSize(live);
          return { MiB: mib(bytes), files, pages };
        }),
      );
      // As the publisher serves it (the search API), then as a plain static server would (in the browser).
      for (const searchIn of ['api', 'browser'] as const)
        record(
          searchIn === 'api' ? 'searchPage' : 'searchPageInBrowser',
          await take(`the search page on slow 4G (${searchIn})`, async () => {
            step(
              'bench',
              `search page on slow 4G (Chromium, Lighthouse throttling), search in the ${searchIn} ...`,
            );
            // A word of the corpus, then the edit's words as a reader types them, without diacritics.
            const common = target.title.split(' ')[0]!;
            const figure = await measureSearchPage(live, [common, EDITED_QUERY], searchIn);
            step(
              'bench',
              `search page (${searchIn}): ${figure.shards} shards; loaded ${f0(figure.loadMs)} ms, filters ` +
                `${f0(figure.indexReadyMs)} ms; "${common}" ${f0(figure.firstQueryMs)} ms (${figure.firstResults}), ` +
                `"${EDITED_QUERY}" ${f0(figure.secondQueryMs)} ms (${figure.secondResults}); ` +
                `${f0(figure.transferredKiB)} KiB downloaded`,
            );
            return figure;
          }),
        );
    }
  } finally {
    await cms.destroy();
  }
}

/** Astro's floor: the same content from local files, cold then warm; uploads from a local folder. */
async function floorBuilds(
  content: Content,
  floorDir: string,
  cms: { publicDir: string },
  notBuild: number[],
): Promise<{ cold: BuildFigure | Failed; warm: BuildFigure | Failed }> {
  exportForAstro(content, path.join(floorDir, 'content'));
  const uploads = Fastify();
  // Cached like Strapi's uploads (max-age one year), so Astro's image cache can keep them.
  await uploads.register(fastifyStatic, {
    root: path.join(cms.publicDir, 'uploads'),
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
  try {
    const cold = await take("Astro's floor, cold", () =>
      measuredBuild('Astro floor (local files), cold', path.join(floorDir, 'dist-cold'), floorEnv, notBuild),
    );
    rmSync(path.join(floorDir, 'dist-cold'), { recursive: true, force: true });
    const warm = await take("Astro's floor, warm", () =>
      measuredBuild('Astro floor (local files), warm', path.join(floorDir, 'dist-warm'), floorEnv, notBuild),
    );
    return { cold, warm };
  } finally {
    await uploads.close();
  }
}

/** The trigger of the publisher's first build in the edit measure: a cold build. */
const WARM_UP = 'bench warm-up';
/** The trigger of the full build the measure asks for after the edits (none follows an edit by itself). */
const FULL_AFTER = 'bench full build after the edits';
/** Added to the edited title: also what the search page measure looks for. */
const EDITED = '(đã sửa)';
const EDITED_QUERY = 'da sua';
const editPhaseOf = (trigger: string): EditPhase =>
  trigger === WARM_UP
    ? 'cold build'
    : trigger.includes(SEARCH_API_FOLLOW_UP)
      ? 'search API refresh'
      : trigger.includes(SEARCH_FOLLOW_UP)
        ? 'search refresh'
        : trigger === FULL_AFTER
          ? 'full build'
          : 'edit';

/**
 * Titles changed through Strapi, one article after another, each once the last is searchable:
 * webhook → page served (fast path), → searchable; then a full build on demand (unless --no-full).
 */
async function oneEdit(
  cms: TestStrapi,
  env: Record<string, string>,
  root: string,
  port: number,
  secret: string,
  targets: Array<{ documentId: string; title: string }>,
  size: number,
  onColdBuild: (figure: NonNullable<SizeFigures['publisherColdBuild']>) => void,
): Promise<NonNullable<SizeFigures['oneEdit']>> {
  const records: BuildRecord[] = [];
  /** What the publisher is doing, for the peak memory of each phase. */
  let phase: EditPhase = 'cold build';
  /** Takes a memory sample now (set by `measure`): each phase has one from its start. */
  let sampleNow = () => {};
  // The publisher as the service runs it (control API, resident renderer), in a process of its own.
  const publisher = forkPublisher(
    { root, strapiUrl: cms.url, token: cms.token, buildEnv: env, port, secret },
    (message) => {
      // Each build as it starts and ends: a long run shows its figures before it is over.
      if (message.type === 'log') step(message.source, message.message);
      if (message.type === 'start') {
        phase = editPhaseOf(message.trigger);
        sampleNow();
      }
      if (message.type === 'record') {
        records.push(message.record);
        phase = 'idle';
      }
    },
  );
  /** The full build asked for after the edits, once it went live. */
  const fullAfter = () => records.find((r) => r.trigger === FULL_AFTER && r.result === 'success');
  const editsDone = () =>
    records.filter((r) => r.trigger.includes('entry.update') && r.result !== 'unchanged');
  const searchesDone = (mode: 'search' | 'search-api' = 'search') =>
    records.filter((r) => r.mode === mode && r.result === 'success');
  const until = async (done: () => boolean, seconds: number) => {
    const deadline = Date.now() + seconds * 1000;
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  };
  const peakMiBByPhase: Record<string, number> = {};
  const peakMakeupByPhase: Record<string, Record<string, number>> = {};
  try {
    await measure(
      async () => {
        step('bench', 'publisher warm-up build (cold: empty data store and image cache) ...');
        await publisher.ask({ type: 'build', trigger: WARM_UP });
        const cold = records.find((r) => r.trigger === WARM_UP);
        onColdBuild(
          cold?.result === 'success'
            ? {
                seconds: cold.seconds,
                phases: cold.phases,
                peakMiB: peakMiBByPhase['cold build'] ?? 0,
                astroMemory: cold.astroMemory,
              }
            : { error: `the cold build ended ${cold?.result ?? 'without a record'}: ${cold?.error ?? ''}` },
        );
        await publisher.ask({ type: 'follow-live' });
        for (const [i, target] of targets.entries()) {
          step('bench', `edit ${i + 1} of ${targets.length}: changing one title through Strapi ...`);
          await new TestEditor(cms).update('articles', target.documentId, {
            title: `${target.title} ${EDITED}`,
          });
          await until(() => editsDone().length > i, 600);
          // The next edit once this one is searchable (its search refresh), as an editor's next save.
          if (i < targets.length - 1) await until(() => searchesDone().length > i, 600);
        }
        await until(() => searchesDone().length >= targets.length, 600);
        // A full build on demand takes about as long as a warm build: minutes at 100,000.
        if (AWAIT_FULL) await publisher.ask({ type: 'build', trigger: FULL_AFTER });
        await publisher.ask({ type: AWAIT_FULL ? 'idle' : 'stop' });
      },
      // The publisher's process and its children (Astro, the renderer, Pagefind) count; Strapi does not.
      {
        exclude: [cms.instance.process.pid!],
        phase: () => phase,
        byPhase: peakMiBByPhase,
        makeupByPhase: peakMakeupByPhase,
        onSampler: (sample) => (sampleNow = sample),
      },
    );
  } finally {
    await publisher.close();
  }
  const edits = editsDone().filter((r) => r.result === 'success');
  const edit = edits[0];
  const full = fullAfter();
  if (!edit || (AWAIT_FULL && !full))
    throw new Error(
      `no ${edit ? 'full build' : 'build'} after the edit: ` +
        JSON.stringify(records.map((r) => [r.trigger, r.result, r.error])),
    );
  const pingOf = (r: BuildRecord) => Date.parse(r.finishedAt) - (r.pingToLiveMs ?? 0);
  const pingAt = pingOf(edit);
  /** The search refresh (or the search API's) after an edit: the first one that finished after it. */
  const searchAfter = (r: BuildRecord, mode?: 'search-api') =>
    searchesDone(mode).find((s) => Date.parse(s.finishedAt) >= Date.parse(r.finishedAt));
  const search = searchAfter(edit);
  const searchApi = searchAfter(edit, 'search-api');
  const seconds = (from: number, record: BuildRecord | undefined) =>
    record ? (Date.parse(record.finishedAt) - from) / 1000 : undefined;
  const figure = {
    pingToLiveSeconds: (edit.pingToLiveMs ?? 0) / 1000,
    mode: edit.mode,
    renderedBy: edit.renderedBy,
    debounceSeconds: 0.2,
    buildSeconds: edit.seconds,
    phases: edit.phases,
    edits: edits.map((r) => ({
      pingToLiveSeconds: (r.pingToLiveMs ?? 0) / 1000,
      renderSeconds: r.phases?.render,
      pingToSearchApiSeconds: seconds(pingOf(r), searchAfter(r, 'search-api')),
      pingToSearchSeconds: seconds(pingOf(r), searchAfter(r)),
    })),
    ...(searchApi
      ? { pingToSearchApiSeconds: seconds(pingAt, searchApi), searchApiPhases: searchApi.phases }
      : {}),
    ...(search
      ? {
          pingToSearchSeconds: (Date.parse(search.finishedAt) - pingAt) / 1000,
          searchPhases: search.phases,
          searchShards: search.searchShards,
        }
      : {}),
    ...(full
      ? {
          pingToFullSeconds: (Date.parse(full.finishedAt) - pingOf(edits.at(-1)!)) / 1000,
          fullBuildSeconds: full.seconds,
          fullPhases: full.phases,
          fullAstroMemory: full.astroMemory,
          fullSearchShards: full.searchShards,
        }
      : {}),
    peakMiBByPhase,
    peakMakeupByPhase,
  };
  for (const [name, makeup] of Object.entries(peakMakeupByPhase))
    step(
      'bench',
      `peak of ${name}: ${Object.entries(makeup)
        .map(([kind, mib]) => `${kind} ${mib}`)
        .join(', ')} MiB`,
    );
  step(
    'bench',
    `one edit: webhook → page served in ${f1(figure.pingToLiveSeconds)} s ` +
      `(${edit.mode}${edit.renderedBy ? ` by ${edit.renderedBy}` : ''}); ` +
      `searchable by the API ${secondsOr(figure.pingToSearchApiSeconds, 'later')}, ` +
      `by Pagefind ${secondsOr(figure.pingToSearchSeconds, 'with the full build')}; ` +
      `full build live ${secondsOr(figure.pingToFullSeconds, 'not awaited')}`,
  );
  return figure;
}

// Outside programs first: a run that would die at its end on a missing one does not start (Hugo, the
// peer; Chromium, for the search page after the edits).
const missing = ensureSystemPackages(
  [...(wanted('hugo') ? ['hugo'] : []), ...(wanted('edit') ? ['chromium'] : [])],
  'bench',
);
if (missing) {
  console.error(`[bench] cannot run: ${missing}`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
buildCms();
if (args.includes('--demo')) {
  await benchDemo();
  process.exit(0);
}
for (const size of SIZES) await benchSize(size);
save();
printTable(results);
if (failures.length > 0) {
  console.log(`\n${failures.length} measure(s) FAILED:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  console.log(`JSON (with every figure taken): ${RUN_FILE}`);
  process.exit(1);
}
console.log(`\nJSON: ${RUN_FILE}`);
