// Release folders and the symlink swap, on a real temporary folder.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Releases } from './releases.ts';

describe('Releases', () => {
  let root: string;
  let releases: Releases;
  let tick = 0;

  /** A finished release folder whose index.html says which one it is. */
  const release = (label: string) => {
    const id = `2026-11-28T10-00-${String(tick++).padStart(2, '0')}-000Z`;
    const dir = path.join(releases.releasesDir, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), label);
    return id;
  };
  const served = () => readFileSync(path.join(releases.current, 'index.html'), 'utf8');

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'wup-releases-'));
    releases = new Releases(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('serves nothing before the first activation', () => {
    expect(releases.target(releases.current)).toBeNull();
    expect(() => releases.rollback()).toThrow(/No previous build/);
  });

  it('activates a release and keeps the one it replaces as previous', () => {
    const a = release('a');
    releases.activate(a);
    expect(served()).toBe('a');
    const b = release('b');
    releases.activate(b);
    expect(served()).toBe('b');
    expect(releases.target(releases.previous)).toBe(a);
  });

  it('rolls back and forward again', () => {
    const a = release('a');
    releases.activate(a);
    releases.activate(release('b'));
    expect(releases.rollback()).toBe(a);
    expect(served()).toBe('a');
    releases.rollback();
    expect(served()).toBe('b');
  });

  it('keeps three release folders, and never the ones served or previous', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'].map((label) => {
      const id = release(label);
      releases.activate(id);
      return id;
    });
    await releases.settled();
    expect(readdirSync(releases.releasesDir).sort()).toEqual(ids.slice(-3));
    releases.rollback();
    releases.activate(release('f'));
    await releases.settled();
    // d was current before the rollback, and previous after it, then previous of f: kept.
    expect(existsSync(path.join(releases.releasesDir, ids[3]!))).toBe(true);
    expect(served()).toBe('f');
  });

  it("makes the next fast build's copy of the live release ahead, hard-linked, and hands it over once", async () => {
    const a = release('a');
    releases.activate(a);
    releases.prepareSpare(a);
    const { dir } = releases.create();
    expect(await releases.takeSpare(a, dir)).toBe(true);
    const inode = (file: string) => statSync(file).ino;
    expect(inode(path.join(dir, 'index.html'))).toBe(inode(path.join(releases.current, 'index.html')));
    // Handed over once; a copy of another release is never given for this one.
    expect(await releases.takeSpare(a, releases.create().dir)).toBe(false);
    const b = release('b');
    releases.prepareSpare(b);
    expect(await releases.takeSpare(a, releases.create().dir)).toBe(false);
    await releases.settled();
    expect(readdirSync(releases.releasesDir).filter((name) => name.startsWith('.'))).toEqual([`.spare-${b}`]);
  });

  it('discards a failed release without touching the live one', () => {
    const a = release('a');
    releases.activate(a);
    const failed = release('broken');
    releases.discard(failed);
    expect(existsSync(path.join(releases.releasesDir, failed))).toBe(false);
    expect(served()).toBe('a');
  });

  it('creates release ids that sort by time and are new folders', () => {
    const first = releases.create();
    expect(existsSync(first.dir)).toBe(false);
    expect(first.dir).toBe(path.join(releases.releasesDir, first.id));
    expect(first.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);
  });
});
