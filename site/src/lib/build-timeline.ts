// The build's phases, timed where they happen: Astro's own hooks print when each phase begins,
// as "[timeline] <mark> <epoch ms>" lines the publisher reads (scripts/publisher/src/astro-build.ts).
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

const mark = (name: TimelineMark) => () => {
  process.stdout.write(`[timeline] ${name} ${Date.now()}\n`);
};

export function buildTimeline(): AstroIntegration {
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
