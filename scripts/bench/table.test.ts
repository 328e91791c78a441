import { describe, expect, it } from 'vitest';
import type { BuildFigure, SizeFigures } from './figures.ts';
import { tableLines } from './table.ts';

const build = (seconds: number): BuildFigure => ({
  seconds,
  peakMiB: 900,
  peakMiBByPhase: { astro: 900, search: 400 },
  pages: 1000,
  pagesPerSecond: 1000 / seconds,
  phases: { fetch: 1, render: seconds - 5, images: 1, search: 2, verify: 1 },
});

describe("the benchmark's table", () => {
  it('prints every measure taken, the failed one as FAILED with why, and the ones not run as such', () => {
    const figures: SizeFigures = {
      size: 1000,
      database: 'sqlite',
      machine: '2 cores, 24 GiB',
      load: { seconds: 10, entries: 1100, entriesPerSecond: 110, note: '' },
      fetch: { seconds: 2, requests: 12, MiB: 3 },
      ours: { cold: build(40), warm: build(20) },
      floor: { cold: build(30), warm: build(10) },
      hugo: { error: 'spawn hugo ENOENT' },
    };
    const table = tableLines([figures]).join('\n');
    expect(table).toContain('| our warm build (s, pages/s, peak MiB) | 20.0 s, 50, 900 |');
    expect(table).toContain('| our warm / floor warm | 2.00× |');
    expect(table).toContain('| Hugo (s, pages, peak MiB) | FAILED: spawn hugo ENOENT |');
    expect(table).toContain('| our warm / Hugo | n/a |');
    expect(table).toContain('| one edit: webhook → page served (s) | not run |');
    for (const where of ['API', 'in the browser'])
      expect(table).toContain(
        `| search page, slow 4G, ${where}: shards; filters shown; 1st / 2nd query (ms); KiB | not run |`,
      );
    expect(table).toContain(
      'phases warm: start / content sync / bundle / render / images / search | 0.0 / 1.0 / 0.0 / 15.0 / 1.0 / 2.0 s |',
    );
  });
});
