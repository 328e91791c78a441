// The build's phases, timed where they happen: Astro's own hooks print when each phase begins,
// as "[timeline] <mark> <epoch ms> rss=<MiB> heapUsed=<MiB> heapTotal=<MiB> external=<MiB>" lines the
// publisher reads (scripts/publisher/src/build/astro-build.ts), with the process's memory at its highest
// resident set since the mark before.
import type { AstroIntegration } from 'astro';

/** Hooks in the order a build passes them: content sync, Vite bundle, pages and images, the end. */
export const TIMELINE_MARKS = [
  'config:done',
  'build:start',
  'build:ssr',
  'build:generated',
  'build:done',
] as const;
export type TimelineMark = (typeof TIMELINE_MARKS)[number];

/** How often the process's memory is read; a synchronous stretch (parsing the store) reads late. */
const SAMPLE_MS = 100;
const MiB = 1024 * 1024;

/** The process's memory (MiB): resident set, the JavaScript heap used and taken, and buffers outside it. */
type Memory = Record<'rss' | 'heapUsed' | 'heapTotal' | 'external', number>;

/** The memory at the highest resident set since the last `take()`. */
function memoryPeaks() {
  let peak: NodeJS.MemoryUsage | null = null;
  // The resident set alone is cheap to read; the whole reading only when it is a new peak.
  const sample = () => {
    if (!peak || process.memoryUsage.rss() > peak.rss) peak = process.memoryUsage();
  };
  setInterval(sample, SAMPLE_MS).unref();
  return {
    take(): Memory {
      sample();
      const { rss, heapUsed, heapTotal, external } = peak!;
      peak = null;
      const mib = (bytes: number) => Math.round(bytes / MiB);
      return { rss: mib(rss), heapUsed: mib(heapUsed), heapTotal: mib(heapTotal), external: mib(external) };
    },
  };
}

export function buildTimeline(): AstroIntegration {
  const peaks = memoryPeaks();
  const mark = (name: TimelineMark) => () => {
    const memory = Object.entries(peaks.take()).map(([key, mib]) => `${key}=${mib}`);
    process.stdout.write(`[timeline] ${name} ${Date.now()} ${memory.join(' ')}\n`);
  };
  return {
    name: 'build-timeline',
    hooks: {
      'astro:config:done': mark('config:done'),
      'astro:build:start': mark('build:start'),
      'astro:build:ssr': mark('build:ssr'),
      'astro:build:generated': mark('build:generated'),
      'astro:build:done': mark('build:done'),
    },
  };
}
