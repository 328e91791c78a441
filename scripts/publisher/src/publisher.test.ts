// The publisher's scheduling alone: fake timers, fake builds (real release folders in a temporary
// directory), a fingerprint given by the test. The end-to-end tests in test/ use the real ones.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BuildResult } from './build/build-types.ts';
import { Publisher, type BuildRecord } from './publisher.ts';

const ARTICLE = 'api::article.article';

/** One call of a fake build: what it was asked, and the means to finish it. */
interface Call {
  /** A full build, a fast one (the renderer's), or a search refresh. */
  kind: 'full' | 'partial' | 'search';
  signal?: AbortSignal;
  /** Finishes the build (once the release folder is its own); resolves when it has. */
  finish(): Promise<void>;
  fail(error: Error): void;
}

function harness(
  options: { fingerprint?: () => Promise<string>; fastChangesNothing?: boolean; owedOnce?: number } = {},
) {
  let owed = options.owedOnce ?? 0;
  const root = mkdtempSync(path.join(tmpdir(), 'wup-publisher-unit-'));
  const calls: Call[] = [];
  const records: BuildRecord[] = [];
  const build =
    (kind: Call['kind']) =>
    (opts: { outDir: string; signal?: AbortSignal }): Promise<BuildResult> =>
      new Promise((resolve, reject) => {
        const result = (): BuildResult => {
          mkdirSync(opts.outDir, { recursive: true });
          writeFileSync(path.join(opts.outDir, 'index.html'), kind);
          const phases = { fetch: 0, render: 0, images: 0, search: 0, verify: 0 };
          // A fast build that changes no page (a draft saved) says so: no path changed.
          const changed = kind === 'partial' && options.fastChangesNothing ? [] : ['index.html'];
          // The renderer's share of an edit that changes many pages: the rest is owed once.
          const left = kind === 'partial' ? owed : 0;
          if (kind === 'partial') owed = 0;
          return {
            outDir: opts.outDir,
            pages: changed.length,
            phases,
            seconds: 0,
            warnings: [],
            changed,
            owed: left,
          };
        };
        opts.signal?.addEventListener('abort', () => reject(opts.signal!.reason));
        calls.push({
          kind,
          signal: opts.signal,
          finish: async () => resolve(result()),
          fail: reject,
        });
      });
  let version = 0;
  const publisher = new Publisher({
    root,
    strapiUrl: 'http://127.0.0.1:1',
    token: () => 'token',
    buildEnv: {},
    debounceMs: 1000,
    maxWaitMs: 5000,
    log: () => undefined,
    onBuild: (record) => records.push(record),
    builder: { full: build('full'), rendered: build('partial'), searchRefresh: build('search') },
    // Each build sees new content unless the test says otherwise.
    fingerprint: options.fingerprint ?? (async () => String(++version)),
  });
  // The fast path renders through the renderer (the fake `rendered` build stands for it).
  publisher.useRenderer({
    render: () => Promise.reject(new Error('the fake build renders')),
  });
  return { root, publisher, calls, records };
}

/** Lets the publisher's promise chains run after a timer fired or a build finished. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** The build at start, run to its end: there is a live release afterwards. */
async function firstBuild(h: ReturnType<typeof harness>): Promise<BuildRecord> {
  const start = h.publisher.buildNow('startup');
  await settle();
  await h.calls[0]!.finish();
  return start;
}

describe('Publisher scheduling', () => {
  let h: ReturnType<typeof harness>;

  beforeEach(() => {
    vi.useFakeTimers();
    h = harness();
  });
  afterEach(async () => {
    vi.useRealTimers();
    // Spare copies are made in the background (a worker thread): done before the folder goes.
    await h.publisher.releases.settled();
    rmSync(h.root, { recursive: true, force: true });
  });

  it('waits for a quiet second after the last ping, then builds once for the whole burst', async () => {
    for (let i = 0; i < 3; i++) {
      h.publisher.request(`entry.unpublish ${i}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(h.calls).toHaveLength(0);
    expect(h.publisher.status.state).toBe('waiting');
    await vi.advanceTimersByTimeAsync(500);
    expect(h.calls.map((c) => c.kind)).toEqual(['full']);
    await h.calls[0]!.finish();
    await settle();
    expect(h.records.map((r) => r.result)).toEqual(['success']);
    expect(h.records[0]!.trigger).toBe('entry.unpublish 0, entry.unpublish 1, entry.unpublish 2');
    expect(h.publisher.status.state).toBe('idle');
  });

  it('starts sooner for one entry’s save and publish', async () => {
    await firstBuild(h);
    const one = { event: 'entry.update', uid: ARTICLE, documentId: 'a1' };
    h.publisher.request('entry.update', one);
    h.publisher.request('entry.publish', { ...one, event: 'entry.publish' });
    await vi.advanceTimersByTimeAsync(299);
    expect(h.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls.map((c) => c.kind)).toEqual(['full', 'partial']);
  });

  it('starts an owed search refresh after the short quiet time, not the full one', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'c1' });
    await vi.advanceTimersByTimeAsync(300);
    await h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(299);
    expect(h.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls.map((c) => c.kind)).toEqual(['full', 'partial', 'search']);
  });

  it('waits the full quiet time when two entries changed', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'b1' });
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'b2' });
    await vi.advanceTimersByTimeAsync(999);
    expect(h.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls.map((c) => c.kind)).toEqual(['full', 'partial']);
  });

  it('builds after the maximum wait even while pings keep coming', async () => {
    for (let elapsed = 0; elapsed < 5000; elapsed += 500) {
      h.publisher.request('media.update');
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(h.calls).toHaveLength(1);
  });

  it('coalesces pings during a build into exactly one more build', async () => {
    h.publisher.request('entry.delete');
    await vi.advanceTimersByTimeAsync(1000);
    for (let i = 0; i < 5; i++) h.publisher.request('entry.delete');
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.calls).toHaveLength(1);
    await h.calls[0]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls).toHaveLength(2);
    await h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls).toHaveLength(2);
  });

  it('renders an edit on the fast path, then refreshes search twice, and builds nothing in full', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    h.publisher.request('entry.publish', { event: 'entry.publish', uid: ARTICLE, documentId: 'a2' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[1]?.kind).toBe('partial');
    await h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[2]?.kind).toBe('search');
    await h.calls[2]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[3]?.kind).toBe('search');
    await h.calls[3]!.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls).toHaveLength(4);
    expect(h.records.map((r) => `${r.result}/${r.mode}`)).toEqual([
      'success/full',
      'success/partial',
      'success/search-api',
      'success/search',
    ]);
    expect(h.records.map((r) => r.trigger).slice(2)).toEqual([
      'search API and sitemap after a fast publish',
      'search and sitemap after a fast publish',
    ]);
  });

  it('renders the rest of the pages an edit changed right after its first share, before search', async () => {
    const many = harness({ owedOnce: 600 });
    try {
      await firstBuild(many);
      many.publisher.request('entry.publish', { event: 'entry.publish', uid: ARTICLE, documentId: 'a1' });
      await vi.advanceTimersByTimeAsync(1000);
      await many.calls[1]!.finish();
      await vi.advanceTimersByTimeAsync(1000);
      expect(many.calls[2]?.kind).toBe('partial');
      await many.calls[2]!.finish();
      await vi.advanceTimersByTimeAsync(1000);
      expect(many.calls[3]?.kind).toBe('search');
      expect(many.records.map((r) => [r.trigger, r.owed])).toEqual([
        ['startup', undefined],
        ['entry.publish', 600],
        ['the rest of the pages an edit changed', undefined],
      ]);
    } finally {
      await many.publisher.releases.settled();
      rmSync(many.root, { recursive: true, force: true });
    }
  });

  it('cancels an owed search refresh when a new edit comes, and runs it again after the edit', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    await vi.advanceTimersByTimeAsync(1000);
    await h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    const refresh = h.calls[2]!;
    expect(refresh.kind).toBe('search');
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    expect(refresh.signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[3]?.kind).toBe('partial');
    await h.calls[3]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[4]?.kind).toBe('search');
    await h.calls[4]!.finish();
    await settle();
    expect(h.records.map((r) => r.result)).toEqual(['success', 'success', 'cancelled', 'success', 'success']);
  });

  it('stops: cancels the search refresh under way and builds nothing after, whatever comes', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    await vi.advanceTimersByTimeAsync(1000);
    await h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[2]?.kind).toBe('search');
    const stopped = h.publisher.stop();
    expect(h.calls[2]!.signal?.aborted).toBe(true);
    await stopped;
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a2' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls).toHaveLength(3);
    expect(h.records.map((r) => r.result)).toEqual(['success', 'success', 'cancelled']);
  });

  it('takes an unpublish, a delete and the settings the fast path; media and unknown entries in full', async () => {
    await firstBuild(h);
    h.publisher.request('entry.unpublish', { event: 'entry.unpublish', uid: ARTICLE, documentId: 'a1' });
    h.publisher.request('entry.delete', { event: 'entry.delete', uid: 'api::tag.tag', documentId: 't1' });
    const settings = { event: 'entry.update', uid: 'api::site-setting.site-setting', documentId: 's1' };
    h.publisher.request('entry.update', settings);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[1]?.kind).toBe('partial');
    await h.calls[1]!.finish();
    await settle();
    h.publisher.request('media.update');
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls.at(-1)?.kind).toBe('full');
    await h.calls.at(-1)!.finish();
    await settle();
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls.at(-1)?.kind).toBe('full');
  });

  it('builds nothing for the newsroom’s own types, which the site does not read', async () => {
    await firstBuild(h);
    const log = { event: 'entry.create', uid: 'api::editorial-event.editorial-event', documentId: 'e1' };
    h.publisher.request('entry.create', log);
    h.publisher.request('entry.create', { ...log, uid: 'api::assignment.assignment' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls).toHaveLength(1);
    // The site settings are a single type the site reads: a build.
    h.publisher.request('entry.update', { event: 'entry.update', uid: 'api::site-setting.site-setting' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls).toHaveLength(2);
  });

  it('falls back to a full build when the fast one fails', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    await vi.advanceTimersByTimeAsync(1000);
    h.calls[1]!.fail(new Error('the renderer refused'));
    await settle();
    expect(h.calls[2]?.kind).toBe('full');
    await h.calls[2]!.finish();
    await settle();
    expect(h.records.at(-1)).toMatchObject({ result: 'success', mode: 'full' });
  });

  it('keeps the live release when a build fails, and says why', async () => {
    const first = await firstBuild(h);
    const failing = h.publisher.buildNow('manual');
    await settle();
    h.calls[1]!.fail(new Error('astro build failed: Strapi is unreachable'));
    const record = await failing;
    expect(record.result).toBe('failed');
    expect(record.error).toMatch(/unreachable/);
    expect(h.publisher.status.current).toBe(first.id);
    expect(h.publisher.status.lastSuccess?.id).toBe(first.id);
  });
});

describe('Publisher fingerprint and status', () => {
  afterEach(() => vi.useRealTimers());

  it('builds nothing when the published content did not change', async () => {
    vi.useFakeTimers();
    const h = harness({ fingerprint: async () => 'same' });
    try {
      await firstBuild(h);
      // An event the fast path does not take (no entry named): Strapi's fingerprint decides.
      h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE });
      await vi.advanceTimersByTimeAsync(1000);
      expect(h.calls).toHaveLength(1);
      expect(h.records.at(-1)?.result).toBe('unchanged');
    } finally {
      rmSync(h.root, { recursive: true, force: true });
    }
  });

  it('puts nothing live when the fast path changes no page (a draft saved), asking no fingerprint', async () => {
    vi.useFakeTimers();
    let asked = 0;
    const h = harness({ fastChangesNothing: true, fingerprint: async () => String(++asked) });
    try {
      const first = await firstBuild(h);
      h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(h.calls[1]?.kind).toBe('partial');
      await h.calls[1]!.finish();
      await settle();
      expect(h.records.at(-1)?.result).toBe('unchanged');
      expect(asked).toBe(1);
      expect(readFileSync(path.join(h.publisher.releases.current, 'index.html'), 'utf8')).toBe('full');
      // Nothing went live: no search refresh is owed.
      await vi.advanceTimersByTimeAsync(10_000);
      expect(h.calls).toHaveLength(2);
      await h.publisher.releases.settled();
      const releases = readdirSync(h.publisher.releases.releasesDir).filter(
        (name) => !name.startsWith('.') && name !== 'node_modules',
      );
      expect(releases).toEqual([first.id]);
    } finally {
      await h.publisher.releases.settled();
      rmSync(h.root, { recursive: true, force: true });
    }
  });

  it('ignores a damaged status.json with a log line instead of trusting it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wup-publisher-unit-'));
    try {
      writeFileSync(path.join(root, 'status.json'), JSON.stringify({ lastBuild: { id: 3 } }));
      const lines: string[] = [];
      const publisher = new Publisher({
        root,
        strapiUrl: 'x',
        token: () => 't',
        buildEnv: {},
        log: (m) => lines.push(m),
      });
      expect(publisher.status.lastBuild).toBeNull();
      expect(lines.join('\n')).toMatch(/not a valid status/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
