import { describe, expect, it } from 'vitest';
import { parseTimelineMark, phasesFromTimeline } from './astro-build.ts';

describe("a build's phases from the moments they began", () => {
  const marks = new Map<string, number>([
    ['config:done', 1_000],
    ['build:start', 4_500],
    ['build:ssr', 9_000],
    ['build:generated', 139_000],
    ['build:done', 140_000],
  ]);

  it('reads the marks the site prints, and nothing else', () => {
    const line = '[timeline] build:ssr 1764400000000 rss=2048 heapUsed=1536 heapTotal=1600 external=90';
    expect(parseTimelineMark(line)).toEqual({
      mark: 'build:ssr',
      epochMs: 1764400000000,
      peak: { rss: 2048, heapUsed: 1536, heapTotal: 1600, external: 90 },
    });
    expect(parseTimelineMark('[timeline] build:ssr 1764400000000')).toEqual({
      mark: 'build:ssr',
      epochMs: 1764400000000,
    });
    expect(parseTimelineMark('12:00:01 [build] Completed in 2.13min.')).toBeNull();
  });

  it('splits a two-minute build into content sync, pages and images (no "render 0.0 s")', () => {
    expect(phasesFromTimeline(marks, 120_000, 0)).toEqual({
      startup: 1,
      fetch: 3.5,
      bundle: 4.5,
      render: 111,
      images: 19,
    });
  });

  it('counts it all as rendering when there are no images, and 0 for a phase it did not see', () => {
    expect(phasesFromTimeline(marks, null)).toMatchObject({ startup: 0, fetch: 3.5, render: 130, images: 0 });
    expect(phasesFromTimeline(new Map([['build:start', 1]]), null)).toEqual({
      startup: 0,
      bundle: 0,
      fetch: 0,
      render: 0,
      images: 0,
    });
  });
});
