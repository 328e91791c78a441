// The build's phases, timed where they happen: Astro's own hooks print when each phase begins,
// as "[timeline] <mark> <epoch ms> rss=<MiB> heap=<MiB>" lines the publisher reads
// (scripts/publisher/src/astro-build.ts), with the process's memory at its highest since the mark
// before: the resident set, and the JavaScript heap's used part at the same moment.
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

/** The highest resident set since the last `take()`, with the heap used at that moment (MiB). */
function memoryPeaks() {
  let peak = { rss: 0, heap: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    if (rss > peak.rss) peak = { rss, heap: heapUsed };
  };
  setInterval(sample, SAMPLE_MS).unref();
  return {
    take() {
      sample();
      const taken = { rss: Math.round(peak.rss / MiB), heap: Math.round(peak.heap / MiB) };
      peak = { rss: 0, heap: 0 };
      return taken;
    },
  };
}

export function buildTimeline(): AstroIntegration {
  const peaks = memoryPeaks();
  const mark = (name: TimelineMark) => () => {
    const { rss, heap } = peaks.take();
    process.stdout.write(`[timeline] ${name} ${Date.now()} rss=${rss} heap=${heap}\n`);
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
