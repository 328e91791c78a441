// Smoke test of `npm run bench` at a small size: it runs end to end and prints its table.
// No timing is asserted here: figures are read from the output, not judged by a test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lib/paths.ts';

interface SearchPage {
  shards?: number;
  searchIn?: string;
  transferredKiB?: number;
  firstResults?: string;
  secondQueryMs?: number;
  error?: string;
}

describe('npm run bench -- --size 30 --edits 2', () => {
  it('generates, loads, fetches, builds (ours, the Astro floor, Hugo), edits, and prints the table', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'bench.ts'), '--size', '30', '--edits', '2'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 900_000,
      },
    );
    expect(run.status, run.stderr + run.stdout.slice(-3000)).toBe(0);
    for (const row of [
      '| load into Strapi',
      '| our cold build',
      '| our warm build',
      '| preview: renderer start',
      '| Astro floor',
      '| Hugo',
      '| one edit: webhook → page served',
      '|   each edit: page served / render / search API / search index',
      '| one edit: webhook → search API and sitemap',
      '| one edit: webhook → search index',
      '| search index',
      '| dist',
      '| search page, slow 4G',
      '| each kind of edit: webhook → page served / every page it changed',
      '| live site after the edits vs a full build from scratch',
    ]) {
      expect(run.stdout).toContain(row);
    }
    const json = /JSON: (.+\.json)/.exec(run.stdout)?.[1];
    expect(json && existsSync(json)).toBe(true);
    const [figures] = JSON.parse(readFileSync(json!, 'utf8')) as Array<{
      size: number;
      ours: { warm: { pages: number; phases: { fetch: number; render: number } } };
      oneEdit: {
        pingToLiveSeconds?: number;
        pingToSearchApiSeconds?: number;
        pingToSearchSeconds?: number;
        pingToFullSeconds?: number;
        edits?: Array<{ pingToLiveSeconds: number; pingToSearchSeconds?: number }>;
        mode?: string;
        renderedBy?: string;
        peakMiBByPhase?: Record<string, number>;
      };
      publisherColdBuild: { seconds?: number; peakMiB?: number };
      preview: { firstMs?: number; error?: string };
      liveDist: { pages?: number; error?: string };
      editKinds: {
        error?: string;
        kinds: Array<{ kind: string; pingToLiveSeconds: number }>;
        burst: { fullBuilds: number; builds: number };
        differences: string[];
      };
      searchPage: SearchPage;
      searchPageInBrowser: SearchPage;
    }>;
    expect(figures!.size).toBe(30);
    expect(figures!.ours.warm.pages).toBeGreaterThan(30);
    // Phases timed by the build's own hooks, not read from its log.
    expect(figures!.ours.warm.phases.render).toBeGreaterThan(0);
    expect(figures!.ours.warm.phases.fetch).toBeGreaterThan(0);
    expect(figures!.oneEdit.pingToLiveSeconds).toBeGreaterThan(0);
    // The preview renderer started on the warm build and opened a draft.
    expect(figures!.preview.error).toBeUndefined();
    expect(figures!.preview.firstMs).toBeGreaterThan(0);
    // The edit went live through the resident renderer; the search API's refresh, the search refresh,
    // then the full build, came after it.
    expect(figures!.oneEdit.mode).toBe('partial');
    expect(figures!.oneEdit.renderedBy).toBe('renderer');
    expect(figures!.oneEdit.pingToSearchApiSeconds).toBeGreaterThan(figures!.oneEdit.pingToLiveSeconds!);
    expect(figures!.oneEdit.pingToSearchSeconds).toBeGreaterThan(figures!.oneEdit.pingToSearchApiSeconds!);
    expect(figures!.oneEdit.pingToFullSeconds).toBeGreaterThan(figures!.oneEdit.pingToSearchSeconds!);
    // The second edit, of another article, once the first was searchable: served and searchable too.
    expect(figures!.oneEdit.edits).toHaveLength(2);
    expect(figures!.oneEdit.edits![1]!.pingToSearchSeconds).toBeGreaterThan(
      figures!.oneEdit.edits![1]!.pingToLiveSeconds,
    );
    // Peak memory sampled in each of the publisher's builds around the edit.
    // The cold build before the edit, its own record (kept should the edit fail).
    expect(figures!.publisherColdBuild.seconds).toBeGreaterThan(0);
    expect(figures!.publisherColdBuild.peakMiB).toBeGreaterThan(0);
    for (const phase of ['cold build', 'edit', 'search API refresh', 'search refresh', 'full build'])
      expect(figures!.oneEdit.peakMiBByPhase?.[phase], phase).toBeGreaterThan(0);
    // Every kind of edit went the fast path, and the live site after them equals a full build.
    expect(figures!.editKinds.error).toBeUndefined();
    expect(figures!.editKinds.kinds.map((k) => k.kind)).toHaveLength(8);
    expect(figures!.editKinds.burst.fullBuilds).toBe(0);
    expect(figures!.editKinds.burst.builds).toBeGreaterThan(0);
    expect(figures!.editKinds.differences).toEqual([]);
    // The live site's search page answered both queries under slow 4G throttling.
    expect(figures!.liveDist.error).toBeUndefined();
    expect(figures!.liveDist.pages).toBeGreaterThan(30);
    // Through the search API, and in the browser as on a plain static server.
    for (const searched of [figures!.searchPage, figures!.searchPageInBrowser]) {
      expect(searched.error).toBeUndefined();
      expect(searched.shards).toBeGreaterThanOrEqual(1);
      expect(searched.firstResults).toMatch(/^Tìm thấy/);
      expect(searched.secondQueryMs).toBeGreaterThan(0);
    }
    expect(figures!.searchPage.searchIn).toBe('api');
    // The API spares the reader the index: less downloaded than with Pagefind in the browser.
    expect(figures!.searchPage.transferredKiB).toBeLessThan(figures!.searchPageInBrowser.transferredKiB!);
  }, 900_000);
});
