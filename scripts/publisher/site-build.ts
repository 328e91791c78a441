// One build of the static site into a fresh folder: Astro (fetch + render + images), then the
// Pagefind search index, then checks that the result is whole. Nothing here touches the live site.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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
function astroBuild(options: BuildOptions): Promise<{ fetch: number; render: number; images: number; pages: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: SITE_DIR,
      env: { ...process.env, ...options.env, SITE_OUT_DIR: options.outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
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
        if (line.includes('[content] Synced content')) times.fetch = (performance.now() - fetchStarted) / 1000;
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
      reject(new Error(`astro build failed (${signal ?? `exit ${code}`}) after ${((performance.now() - started) / 1000).toFixed(1)} s:\n${why}`));
    });
  });
}

/** Builds the Pagefind index of a built site into <dir>/pagefind. */
export async function indexSearch(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // The Node API keeps a Pagefind process alive; end it so a CLI run can exit.
  await pagefind.close();
  return added.page_count;
}

/** Refuses a build that lacks the home page, a feed, the sitemap or the search index, or whose XML does not parse. */
export function verifyBuild(dir: string) {
  const required = ['index.html', 'rss.xml', 'video/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'tin-tuc/index.html', 'pagefind/pagefind.js', '404.html'];
  for (const file of required) {
    const full = path.join(dir, file);
    if (!existsSync(full) || statSync(full).size === 0) throw new Error(`verification failed: ${file} is missing or empty`);
  }
  const home = readFileSync(path.join(dir, 'index.html'), 'utf8');
  if (!home.includes('<html lang="vi"') || !home.includes('Tâm điểm')) throw new Error('verification failed: index.html is not the home page');
  const xmlFiles = ['rss.xml', 'video/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'];
  for (const dirName of ['to-chuc', 'de-an']) {
    for (const slug of readdirSync(path.join(dir, dirName))) {
      const feed = path.join(dirName, slug, 'rss.xml');
      if (existsSync(path.join(dir, feed))) xmlFiles.push(feed);
    }
  }
  for (const file of xmlFiles) {
    const result = XMLValidator.validate(readFileSync(path.join(dir, file), 'utf8'));
    if (result !== true) throw new Error(`verification failed: ${file} is not well-formed XML (${result.err.msg} at line ${result.err.line})`);
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
  await indexSearch(options.outDir);
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
export async function buildPartial(options: BuildOptions & { liveDir: string; changed: ChangedEntries }): Promise<BuildResult> {
  const started = performance.now();
  const renderDir = `${options.outDir}.partial`;
  rmSync(renderDir, { recursive: true, force: true });
  try {
    const astro = await astroBuild({ ...options, outDir: renderDir, env: { ...options.env, WUP_PARTIAL: JSON.stringify(options.changed) } });
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
