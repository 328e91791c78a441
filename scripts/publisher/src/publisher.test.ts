// The publisher's scheduling alone: fake timers, fake builds (real release folders in a temporary
// directory), a fingerprint given by the test. The end-to-end tests in test/ use the real ones.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BuildOptions, BuildResult, ChangedEntries } from './build-types.ts';
import { Publisher, type BuildRecord } from './publisher.ts';

const ARTICLE = 'api::article.article';

/** One call of a fake build: what it was asked, and the means to finish it. */
interface Call {
  kind: 'full' | 'partial';
  changed?: ChangedEntries;
  signal?: AbortSignal;
  finish(): void;
  fail(error: Error): void;
}

function harness(options: { fingerprint?: () => Promise<string> } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'wup-publisher-unit-'));
  const calls: Call[] = [];
  const records: BuildRecord[] = [];
  const build =
    (kind: Call['kind']) =>
    (opts: BuildOptions & { changed?: ChangedEntries }): Promise<BuildResult> =>
      new Promise((resolve, reject) => {
        const result = (): BuildResult => {
          mkdirSync(opts.outDir, { recursive: true });
          writeFileSync(path.join(opts.outDir, 'index.html'), kind);
          const phases = { fetch: 0, render: 0, images: 0, search: 0, verify: 0 };
          return { outDir: opts.outDir, pages: 1, phases, seconds: 0, warnings: [] };
        };
        opts.signal?.addEventListener('abort', () => reject(opts.signal!.reason));
        calls.push({
          kind,
          changed: opts.changed,
          signal: opts.signal,
          finish: () => resolve(result()),
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
    builder: { full: build('full'), partial: build('partial') },
    // Each build sees new content unless the test says otherwise.
    fingerprint: options.fingerprint ?? (async () => String(++version)),
  });
  return { root, publisher, calls, records };
}

/** Lets the publisher's promise chains run after a timer fired or a build finished. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** The build at start, run to its end: there is a live release afterwards. */
async function firstBuild(h: ReturnType<typeof harness>): Promise<BuildRecord> {
  const start = h.publisher.buildNow('startup');
  await settle();
  h.calls[0]!.finish();
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
    h.calls[0]!.finish();
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

  it('starts an owed follow-up after the short quiet time, not the full one', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'c1' });
    await vi.advanceTimersByTimeAsync(300);
    h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(299);
    expect(h.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls.map((c) => c.kind)).toEqual(['full', 'partial', 'full']);
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
    h.calls[0]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls).toHaveLength(2);
    h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls).toHaveLength(2);
  });

  it('renders a published entry on the fast path, then owes and runs one full build', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    h.publisher.request('entry.publish', { event: 'entry.publish', uid: ARTICLE, documentId: 'a2' });
    await vi.advanceTimersByTimeAsync(1000);
    const fast = h.calls[1]!;
    expect(fast.kind).toBe('partial');
    expect(fast.changed).toEqual({ article: ['a1', 'a2'] });
    fast.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[2]?.kind).toBe('full');
    h.calls[2]!.finish();
    await settle();
    expect(h.records.map((r) => `${r.result}/${r.mode}`)).toEqual([
      'success/full',
      'success/partial',
      'success/full',
    ]);
    expect(h.records[2]!.trigger).toBe('full rebuild after a fast publish');
  });

  it('cancels the owed full build when a new edit comes, and runs it again after the edit', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    await vi.advanceTimersByTimeAsync(1000);
    h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    const followUp = h.calls[2]!;
    expect(followUp.kind).toBe('full');
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    expect(followUp.signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[3]?.kind).toBe('partial');
    h.calls[3]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[4]?.kind).toBe('full');
    h.calls[4]!.finish();
    await settle();
    expect(h.records.map((r) => r.result)).toEqual(['success', 'success', 'cancelled', 'success', 'success']);
  });

  it('stops: cancels the owed full build under way and builds nothing after, whatever comes', async () => {
    await firstBuild(h);
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a1' });
    await vi.advanceTimersByTimeAsync(1000);
    h.calls[1]!.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[2]?.kind).toBe('full');
    const stopped = h.publisher.stop();
    expect(h.calls[2]!.signal?.aborted).toBe(true);
    await stopped;
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a2' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls).toHaveLength(3);
    expect(h.records.map((r) => r.result)).toEqual(['success', 'success', 'cancelled']);
  });

  it('answers an unknown entry, an unpublish or media with a full build', async () => {
    await firstBuild(h);
    h.publisher.request('entry.unpublish', { event: 'entry.unpublish', uid: ARTICLE, documentId: 'a1' });
    h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'a2' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls[1]?.kind).toBe('full');
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
    h.calls[1]!.fail(new Error('partial build refused'));
    await settle();
    expect(h.calls[2]?.kind).toBe('full');
    h.calls[2]!.finish();
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
      h.publisher.request('entry.update', { event: 'entry.update', uid: ARTICLE, documentId: 'draft-only' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(h.calls).toHaveLength(1);
      expect(h.records.at(-1)?.result).toBe('unchanged');
    } finally {
      rmSync(h.root, { recursive: true, force: true });
    }
  });

  it('renders a published edit while Strapi is asked, and throws it away when nothing changed', async () => {
    vi.useFakeTimers();
    let answer: (fingerprint: string) => void = () => undefined;
    let asked = 0;
    const h = harness({
      fingerprint: () =>
        ++asked === 1 ? Promise.resolve('v1') : new Promise((resolve) => (answer = resolve)),
    });
    try {
      const first = await firstBuild(h);
      h.publisher.request('entry.publish', { event: 'entry.publish', uid: ARTICLE, documentId: 'a1' });
      await vi.advanceTimersByTimeAsync(1000);
      // The fast build runs before Strapi has answered.
      expect(asked).toBe(2);
      expect(h.calls[1]?.kind).toBe('partial');
      h.calls[1]!.finish();
      await settle();
      expect(h.records).toHaveLength(1);
      answer('v1');
      await settle();
      expect(h.records.at(-1)?.result).toBe('unchanged');
      expect(readFileSync(path.join(h.publisher.releases.current, 'index.html'), 'utf8')).toBe('full');
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
