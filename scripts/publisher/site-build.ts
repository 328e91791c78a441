// One build of the static site into a fresh folder: Astro (fetch + render + images), then the
// Pagefind search index, then checks that the result is whole. Nothing here touches the live site.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { ContentTypeKey } from 'shared-types';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';
import * as pagefind from 'pagefind';
import { ROOT, SITE_DIR } from '../lib/paths.ts';

const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Seconds spent in each phase of a build. */
export interface BuildPhases {
  fetch: number;
  render: number;
  images: number;
  search: number;
  verify: number;
  /** Partial builds: hard-linking the live site and laying the new pages over it. */
  overlay?: number;
}

export interface BuildOptions {
  outDir: string;
  /** STRAPI_URL, STRAPI_TOKEN / SITE_TOKEN_FILE, SITE_URL ... */
  env?: Record<string, string>;
  /** Each line Astro prints. */
  onLine?: (line: string) => void;
  signal?: AbortSignal;
  /** Searchable pages per Pagefind shard (default SEARCH_SHARD_PAGES). */
  searchShardPages?: number;
  /** Told when a phase starts (the benchmark keeps peak memory per phase). */
  onPhase?: (phase: 'astro' | 'search' | 'verify') => void;
}

export interface BuildResult {
  outDir: string;
  pages: number;
  phases: BuildPhases;
  seconds: number;
}

/** Reads Astro's "Completed in 1.23s" / "12ms" figures for the phase that just ended. */
function completedSeconds(line: string): number | null {
  const match = /Completed in ([\d.]+)(ms|s)\b/.exec(line);
  if (!match) return null;
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
}

/** Runs `astro build` into outDir in a child process; rejects with Astro's own error lines. */
function astroBuild(
  options: BuildOptions,
): Promise<{ fetch: number; render: number; images: number; pages: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        ...options.env,
        SITE_OUT_DIR: options.outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    });
    const errors: string[] = [];
    const tail: string[] = [];
    let section: 'fetch' | 'render' | 'images' | null = null;
    let fetchStarted = 0;
    const times = { fetch: 0, render: 0, images: 0, pages: 0 };
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (raw) => {
        const line = stripVTControlCharacters(raw);
        options.onLine?.(line);
        tail.push(line);
        if (tail.length > 30) tail.shift();
        if (/\[ERROR\]|error/i.test(line) && !/0 errors?/.test(line)) errors.push(line.trim());
        if (line.includes('[content] Syncing content')) fetchStarted = performance.now();
        if (line.includes('[content] Synced content'))
          times.fetch = (performance.now() - fetchStarted) / 1000;
        if (line.includes('generating static routes')) section = 'render';
        if (line.includes('generating optimized images')) section = 'images';
        const seconds = completedSeconds(line);
        if (seconds !== null && section) {
          times[section] = seconds;
          section = null;
        }
        const pages = /(\d+) page\(s\) built/.exec(line);
        if (pages) times.pages = Number(pages[1]);
      });
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve(times);
      if (options.signal?.aborted) return reject(options.signal.reason);
      const why = errors.length > 0 ? errors.slice(0, 5).join('\n') : tail.slice(-10).join('\n');
      reject(
        new Error(
          `astro build failed (${signal ?? `exit ${code}`}) after ${((performance.now() - started) / 1000).toFixed(1)} s:\n${why}`,
        ),
      );
    });
  });
}

/**
 * Searchable pages per Pagefind index. Pagefind keeps a whole index in memory while it builds it
 * (measured: 0.8 GiB for 2,700 article pages, 2.8 GiB for 11,000, and it runs out of memory near
 * 20 GiB for 110,000), so a large site is indexed in shards, one Pagefind process at a time, and
 * the search page merges them (Pagefind's mergeIndex).
 */
export const SEARCH_SHARD_PAGES = Number(process.env.SEARCH_SHARD_PAGES ?? 4000);
/** Lists the extra shards' folders for the search page, e.g. ["/pagefind-1/"]. */
export const SEARCH_SHARDS_FILE = 'pagefind/shards.json';

/** Builds the Pagefind index of a built site: <dir>/pagefind, plus <dir>/pagefind-N for further shards. */
export async function indexSearch(dir: string, shardPages = SEARCH_SHARD_PAGES): Promise<number> {
  // Only pages that mark their searchable part: a shard without any would index whole pages.
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (/^pagefind(-\d+)?\//.test(file)) continue;
    if (readFileSync(path.join(dir, file), 'utf8').includes('data-pagefind-body')) pages.push(file);
  }
  pages.sort();
  const shards = Math.max(1, Math.ceil(pages.length / shardPages));
  const size = Math.ceil(pages.length / shards);
  let indexed = 0;
  for (let shard = 0; shard < shards; shard++) {
    // The shard's pages, hard-linked into a folder of their own: Pagefind reads them from disk
    // itself (measured: twice as fast as sending each page through addHTMLFile).
    const shardDir = `${dir}.search-shard`;
    rmSync(shardDir, { recursive: true, force: true });
    try {
      for (const file of pages.slice(shard * size, (shard + 1) * size)) {
        mkdirSync(path.dirname(path.join(shardDir, file)), { recursive: true });
        linkSync(path.join(dir, file), path.join(shardDir, file));
      }
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: shardDir });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      indexed += added.page_count;
      const written = await index.writeFiles({
        outputPath: path.join(dir, shard === 0 ? 'pagefind' : `pagefind-${shard}`),
      });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await index.deleteIndex();
    } finally {
      rmSync(shardDir, { recursive: true, force: true });
      // A new Pagefind process for each shard, so the memory of one is returned before the next;
      // closing also lets a CLI run exit.
      await pagefind.close();
    }
  }
  const extra = Array.from({ length: shards - 1 }, (_, i) => `/pagefind-${i + 1}/`);
  writeFileSync(path.join(dir, SEARCH_SHARDS_FILE), `${JSON.stringify(extra)}\n`);
  return indexed;
}

/** Refuses a build that lacks the home page, a feed, the sitemap or the search index, or whose XML does not parse. */
export function verifyBuild(dir: string) {
  const required = [
    'index.html',
    'rss.xml',
    'video/rss.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'tin-tuc/index.html',
    'pagefind/pagefind.js',
    '404.html',
  ];
  const shards = existsSync(path.join(dir, SEARCH_SHARDS_FILE))
    ? (JSON.parse(readFileSync(path.join(dir, SEARCH_SHARDS_FILE), 'utf8')) as string[])
    : null;
  if (!shards) throw new Error(`verification failed: ${SEARCH_SHARDS_FILE} is missing`);
  required.push(...shards.map((shard) => `${shard.slice(1)}pagefind-entry.json`));
  for (const file of required) {
    const full = path.join(dir, file);
    if (!existsSync(full) || statSync(full).size === 0)
      throw new Error(`verification failed: ${file} is missing or empty`);
  }
  const home = readFileSync(path.join(dir, 'index.html'), 'utf8');
  if (!home.includes('<html lang="vi"') || !home.includes('Tâm điểm'))
    throw new Error('verification failed: index.html is not the home page');
  const xmlFiles = ['rss.xml', 'video/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'];
  for (const dirName of ['to-chuc', 'de-an']) {
    for (const slug of readdirSync(path.join(dir, dirName))) {
      const feed = path.join(dirName, slug, 'rss.xml');
      if (existsSync(path.join(dir, feed))) xmlFiles.push(feed);
    }
  }
  for (const file of xmlFiles) {
    const result = XMLValidator.validate(readFileSync(path.join(dir, file), 'utf8'));
    if (result !== true)
      throw new Error(
        `verification failed: ${file} is not well-formed XML (${result.err.msg} at line ${result.err.line})`,
      );
  }
}

/** Astro build, search index and verification of one release folder, with the time of each phase. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  options.onPhase?.('astro');
  const astro = await astroBuild(options);
  options.signal?.throwIfAborted();
  let mark = performance.now();
  options.onPhase?.('search');
  await indexSearch(options.outDir, options.searchShardPages);
  const search = (performance.now() - mark) / 1000;
  mark = performance.now();
  options.onPhase?.('verify');
  verifyBuild(options.outDir);
  const verify = (performance.now() - mark) / 1000;
  return {
    outDir: options.outDir,
    pages: astro.pages,
    phases: { fetch: astro.fetch, render: astro.render, images: astro.images, search, verify },
    seconds: (performance.now() - started) / 1000,
  };
}

/** Changed documentIds per content type: what a partial build re-renders pages for. */
export type ChangedEntries = Partial<Record<ContentTypeKey, string[]>>;

/**
 * The publisher's fast path: renders only the pages that show the changed entries (article page,
 * the news list page and feeds it is on, its organisations, projects and related articles, home)
 * and lays them over a hard-linked copy of the live release. No search index and no sitemap:
 * the live ones are kept until the next full build, which the publisher queues straight after.
 */
export async function buildPartial(
  options: BuildOptions & { liveDir: string; changed: ChangedEntries },
): Promise<BuildResult> {
  const started = performance.now();
  const renderDir = `${options.outDir}.partial`;
  rmSync(renderDir, { recursive: true, force: true });
  try {
    const astro = await astroBuild({
      ...options,
      outDir: renderDir,
      env: { ...options.env, WUP_PARTIAL: JSON.stringify(options.changed) },
    });
    let mark = performance.now();
    // Hard links: the copy costs no data, and renaming a new file over a link never touches the live file.
    execFileSync('cp', ['-al', `${path.resolve(options.liveDir)}/.`, options.outDir]);
    for (const entry of readdirSync(renderDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const relative = path.relative(renderDir, path.join(entry.parentPath, entry.name));
      // The sitemap of a partial build lists only its own pages.
      if (/^sitemap-.*\.xml$/.test(relative)) continue;
      const target = path.join(options.outDir, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(renderDir, relative), target);
    }
    const overlay = (performance.now() - mark) / 1000;
    mark = performance.now();
    verifyBuild(options.outDir);
    const verify = (performance.now() - mark) / 1000;
    return {
      outDir: options.outDir,
      pages: astro.pages,
      phases: { fetch: astro.fetch, render: astro.render, images: astro.images, search: 0, verify, overlay },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    rmSync(renderDir, { recursive: true, force: true });
  }
}
