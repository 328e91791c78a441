// `astro build` of the site in a child process, with the time of each of its phases.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { SITE_DIR } from '../config.ts';
import { parseBuildWarning, type BuildWarning } from 'shared-types';
import type { BuildOptions } from './build-types.ts';
import type { BuildRecord, memoryPeakSchema } from '../status.ts';
import type { z } from 'zod';

export type MemoryPeak = z.infer<typeof memoryPeakSchema>;
/** Astro's memory peak in each phase (ASTRO_MEMORY_PHASES). */
export type AstroMemory = NonNullable<BuildRecord['astroMemory']>;

/** Seconds of Astro's phases, pages written, and the warnings the site's code printed. */
interface AstroBuildResult {
  memory: AstroMemory;
  startup: number;
  fetch: number;
  bundle: number;
  render: number;
  images: number;
  pages: number;
  warnings: BuildWarning[];
}

/** Astro's package folder, resolved from the site's own dependencies. */
const ASTRO_DIR = path.dirname(
  createRequire(path.join(SITE_DIR, 'package.json')).resolve('astro/package.json'),
);
const ASTRO_BIN = path.join(ASTRO_DIR, 'bin', 'astro.mjs');
/** The node_modules folder the site's packages are installed in. */
const MODULES_DIR = path.dirname(ASTRO_DIR);

/**
 * The server build (`<outDir>/_server`, the preview renderer) imports the site's packages at run
 * time, and Astro imports it while it prerenders. A build folder outside the repository (a data
 * folder elsewhere, a test's temporary folder) finds them through a node_modules link beside it;
 * beside, not inside, so the live site never serves it and Astro never empties it.
 */
export function linkSiteModules(outDir: string) {
  const parent = path.dirname(path.resolve(outDir));
  if (`${parent}${path.sep}`.startsWith(`${path.dirname(MODULES_DIR)}${path.sep}`)) return;
  const link = path.join(parent, 'node_modules');
  mkdirSync(parent, { recursive: true });
  if (!existsSync(link)) symlinkSync(MODULES_DIR, link, 'dir');
}

/** A mark the site's build-timeline integration printed: when, and the memory peak since the mark before. */
interface TimelineMark {
  mark: string;
  epochMs: number;
  peak?: MemoryPeak;
}

const PEAK_FIELDS = ['rss', 'heapUsed', 'heapTotal', 'external'] as const;

/** "[timeline] build:ssr 1764400000000 rss=2048 heapUsed=1536 heapTotal=1600 external=90" (MiB; optional). */
export function parseTimelineMark(line: string): TimelineMark | null {
  const match = /^\[timeline\] ([\w:]+) (\d+)((?: \w+=\d+)*)$/.exec(line.trim());
  if (!match) return null;
  const fields = new Map(
    match[3]!
      .trim()
      .split(' ')
      .map((pair) => pair.split('=') as [string, string]),
  );
  const mib = (field: (typeof PEAK_FIELDS)[number]) => Number(fields.get(field));
  const peak: MemoryPeak | undefined = PEAK_FIELDS.every((field) => fields.has(field))
    ? { rss: mib('rss'), heapUsed: mib('heapUsed'), heapTotal: mib('heapTotal'), external: mib('external') }
    : undefined;
  return { mark: match[1]!, epochMs: Number(match[2]), ...(peak && { peak }) };
}

/** The phase a mark ends: its memory peak is that phase's. */
const PHASE_ENDED_BY: Record<string, keyof AstroMemory> = {
  'config:done': 'startup',
  'build:start': 'fetch',
  'build:ssr': 'bundle',
  'build:generated': 'render',
  'build:done': 'finish',
};

/**
 * Astro's phases from the moments they began (the site's hooks; images from the moment Astro said
 * it starts them): Node start and config (spawn → config done), content sync with its fetch (→ build
 * start), Vite's bundle (→ server bundle done), rendering the pages (→ images or generated), and the
 * images (→ generated). Missing marks: 0.
 */
export function phasesFromTimeline(
  marks: Map<string, number>,
  imagesAt: number | null,
  spawnedAt?: number,
): Pick<AstroBuildResult, 'startup' | 'fetch' | 'bundle' | 'render' | 'images'> {
  const span = (from: number | undefined, to: number | undefined) =>
    from !== undefined && to !== undefined && to >= from ? (to - from) / 1000 : 0;
  const generated = marks.get('build:generated');
  const imagesStart =
    imagesAt !== null && generated !== undefined && imagesAt <= generated ? imagesAt : generated;
  return {
    startup: span(spawnedAt, marks.get('config:done')),
    fetch: span(marks.get('config:done'), marks.get('build:start')),
    bundle: span(marks.get('build:start'), marks.get('build:ssr')),
    render: span(marks.get('build:ssr'), imagesStart),
    images: span(imagesStart, generated),
  };
}

/** Runs `astro build` into outDir in a child process; rejects with Astro's own error lines. */
export function astroBuild(options: BuildOptions): Promise<AstroBuildResult> {
  linkSiteModules(options.outDir);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const spawnedAt = Date.now();
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
    let rendering = false;
    let imagesAt: number | null = null;
    const marks = new Map<string, number>();
    const times: AstroBuildResult = {
      startup: 0,
      fetch: 0,
      bundle: 0,
      render: 0,
      images: 0,
      pages: 0,
      warnings: [],
      memory: {},
    };
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (raw) => {
        const line = stripVTControlCharacters(raw);
        const mark = parseTimelineMark(line);
        if (mark) {
          marks.set(mark.mark, mark.epochMs);
          const phase = PHASE_ENDED_BY[mark.mark];
          if (phase && mark.peak) times.memory[phase] = mark.peak;
          return;
        }
        options.onLine?.(line);
        tail.push(line);
        if (tail.length > 30) tail.shift();
        if (/\[ERROR\]|error/i.test(line) && !/0 errors?/.test(line)) errors.push(line.trim());
        if (/(generating|prerendering) static routes/.test(line)) rendering = true;
        // One line per route written: "12:00:01   ├─ /tin-tuc/abc/index.html (+3ms)".
        if (rendering && /^\S*\s+[├└]─ \//.test(line)) times.pages++;
        if (line.includes('generating optimized images')) {
          rendering = false;
          imagesAt = Date.now();
        }
        const warning = parseBuildWarning(line);
        if (warning) times.warnings.push(warning);
      });
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve({ ...times, ...phasesFromTimeline(marks, imagesAt, spawnedAt) });
      if (options.signal?.aborted) return reject(options.signal.reason);
      const why = errors.length > 0 ? errors.slice(0, 5).join('\n') : tail.slice(-10).join('\n');
      reject(
        new Error(
          `astro build failed (${signal ?? `exit ${code}`}) ` +
            `after ${((performance.now() - started) / 1000).toFixed(1)} s:\n${why}`,
        ),
      );
    });
  });
}
