// Release folders and the symlink swap, on a real temporary folder.
import {
  existsSync,
  linkSync,
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
import { linkCopy } from './linked-trees.ts';
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
  /** The files of a folder, relative to it, sorted. */
  const files = (root: string): string[] =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort();

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
    const kept = () => readdirSync(releases.releasesDir).filter((name) => !name.startsWith('.'));
    expect(kept().sort()).toEqual(ids.slice(-3));
    // The releases no longer kept wait in reserve for the next spares, two at most; others are removed.
    expect(readdirSync(releases.releasesDir).filter((name) => name.startsWith('.'))).toEqual([
      `.old-${ids[0]}`,
      `.old-${ids[1]}`,
    ]);
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
    // Two more copies of the live release were made in reserve, for the spares after the next.
    await releases.settled();
    const copies = () => readdirSync(releases.releasesDir).filter((name) => name.startsWith('.'));
    expect(copies()).toHaveLength(2);
    for (const copy of copies())
      expect(inode(path.join(releases.releasesDir, copy, 'index.html'))).toBe(
        inode(path.join(dir, 'index.html')),
      );
    const b = release('b');
    releases.prepareSpare(b);
    expect(await releases.takeSpare(a, releases.create().dir)).toBe(false);
    await releases.settled();
    // The spare of b is one of them, relinked; b is not live, so nothing is made ahead for it.
    expect(copies().filter((name) => name.startsWith(`.spare-${b}-`))).toHaveLength(1);
    expect(copies()).toHaveLength(2);
  });

  it('makes a release no longer kept the next spare: only what differs is linked again', async () => {
    // a, b, c, d live in turn: a falls out of the kept three and waits as a dot-folder.
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((label) => {
      const id = release(label);
      releases.activate(id);
      return id;
    }) as [string, string, string, string];
    const dir = (id: string) => path.join(releases.releasesDir, id);
    // d shares a page with a (the same file, hard-linked), has one a lacks, and lacks one a has.
    mkdirSync(path.join(dir(a), 'tin-tuc', 'cu'), { recursive: true });
    writeFileSync(path.join(dir(a), 'tin-tuc', 'cu', 'index.html'), 'gone');
    mkdirSync(path.join(dir(d), 'tin-tuc', 'moi'), { recursive: true });
    writeFileSync(path.join(dir(d), 'tin-tuc', 'moi', 'index.html'), 'new');
    mkdirSync(path.join(dir(d), 'shared'));
    writeFileSync(path.join(dir(d), 'shared', 'page.html'), 'same');
    mkdirSync(path.join(dir(`.old-${a}`), 'shared'));
    linkSync(path.join(dir(d), 'shared', 'page.html'), path.join(dir(`.old-${a}`), 'shared', 'page.html'));
    expect([b, c].every((id) => existsSync(dir(id)))).toBe(true);
    const recycled = statSync(dir(`.old-${a}`)).ino;
    releases.prepareSpare(d);
    const { dir: next } = releases.create();
    expect(await releases.takeSpare(d, next)).toBe(true);
    expect(files(next)).toEqual(files(dir(d)));
    for (const file of files(next))
      expect(statSync(path.join(next, file)).ino).toBe(statSync(path.join(dir(d), file)).ino);
    // It is a's folder (renamed, the same directory), and the live release is untouched.
    expect(statSync(next).ino).toBe(recycled);
    expect(existsSync(dir(`.old-${a}`))).toBe(false);
    expect(served()).toBe('d');
  });

  it('brings a recycled release up to date at the paths the fast releases since it changed', async () => {
    const dir = (id: string) => path.join(releases.releasesDir, id);
    const write = (id: string, file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir(id), file)), { recursive: true });
      rmSync(path.join(dir(id), file), { force: true });
      writeFileSync(path.join(dir(id), file), text);
    };
    /** A fast release: a hard-linked copy of `base` with `change` applied, live with the paths it names. */
    const fast = async (base: string, paths: string[], change: (id: string) => void) => {
      const id = release('');
      rmSync(dir(id), { recursive: true });
      await linkCopy(dir(base), dir(id));
      change(id);
      releases.activate(id, { base, paths });
      return id;
    };
    const a = release('a');
    write(a, 'tin-tuc/x/index.html', 'x');
    write(a, 'tin-tuc/y/index.html', 'y');
    write(a, 'pagefind-1/fragment/1.pf_fragment', 'one');
    releases.activate(a);
    const b = await fast(a, ['tin-tuc/x/index.html'], (id) => write(id, 'tin-tuc/x/index.html', 'x2'));
    const c = await fast(b, ['tin-tuc/z/index.html', 'tin-tuc/y'], (id) => {
      write(id, 'tin-tuc/z/index.html', 'z');
      rmSync(path.join(dir(id), 'tin-tuc/y'), { recursive: true });
    });
    const d = await fast(c, ['pagefind-1', 'index.html'], (id) => {
      rmSync(path.join(dir(id), 'pagefind-1'), { recursive: true });
      write(id, 'pagefind-1/fragment/2.pf_fragment', 'two');
      write(id, 'index.html', 'd');
    });
    expect(releases.pathsBetween(a, d)?.sort()).toEqual(
      ['index.html', 'pagefind-1', 'tin-tuc/x/index.html', 'tin-tuc/y', 'tin-tuc/z/index.html'].sort(),
    );
    // a fell out of the kept three. A file it has at a path no release changed since is not looked at.
    write(`.old-${a}`, 'unlisted.txt', 'not looked at');
    releases.prepareSpare(d);
    const { dir: next } = releases.create();
    expect(await releases.takeSpare(d, next)).toBe(true);
    expect(files(next)).toEqual([...files(dir(d)), 'unlisted.txt'].sort());
    for (const file of files(dir(d)))
      expect(statSync(path.join(next, file)).ino).toBe(statSync(path.join(dir(d), file)).ino);
    // A release whose changes are not known (a full build) in the chain: the trees are compared.
    releases.activate(release('e'));
    expect(releases.pathsBetween(d, releases.target(releases.current)!)).toBeNull();
  });

  it('walks the copies in reserve to a full build ahead: the spares after it take changed paths only', async () => {
    const dir = (id: string) => path.join(releases.releasesDir, id);
    const ids = ['a', 'b', 'c', 'd', 'e'].map((label) => {
      const id = release(label);
      releases.activate(id);
      return id;
    });
    // a and b fell out: in reserve, holding releases the live one (a full build, e) did not come from.
    const live = ids[4]!;
    releases.prepareSpare(live);
    await releases.settled();
    const copies = () => readdirSync(releases.releasesDir).filter((name) => name.startsWith('.'));
    // Both walked to e ahead (the spare, and the other copy in reserve), and one more made in reserve.
    expect(copies()).toHaveLength(3);
    for (const copy of copies()) expect(readFileSync(path.join(dir(copy), 'index.html'), 'utf8')).toBe('e');
    // A fast release from e's spare: the next spare comes from the copy in reserve, by the changed path.
    const f = release('');
    const fDir = dir(f);
    rmSync(fDir, { recursive: true });
    expect(await releases.takeSpare(live, fDir)).toBe(true);
    rmSync(path.join(fDir, 'index.html'));
    writeFileSync(path.join(fDir, 'index.html'), 'f');
    releases.activate(f, { base: live, paths: ['index.html'] });
    for (const reserved of copies())
      writeFileSync(path.join(dir(reserved), 'unlisted.txt'), 'a path no release changed: not looked at');
    releases.prepareSpare(f);
    const next = path.join(root, 'next');
    expect(await releases.takeSpare(f, next)).toBe(true);
    expect(readFileSync(path.join(next, 'index.html'), 'utf8')).toBe('f');
    expect(existsSync(path.join(next, 'unlisted.txt'))).toBe(true);
  });

  it('makes no copy and removes no folder for a fast release once its spares are in reserve', async () => {
    const live = () => releases.target(releases.current)!;
    /** A fast release from the spare of the live one, changing index.html, then the next spare. */
    const fast = async (label: string) => {
      const base = live();
      const { id, dir } = releases.create();
      expect(await releases.takeSpare(base, dir)).toBe(true);
      rmSync(path.join(dir, 'index.html'));
      writeFileSync(path.join(dir, 'index.html'), label);
      releases.activate(id, { base, paths: ['index.html'] });
      releases.prepareSpare(id);
      await releases.settled();
    };
    /**
     * Every folder beside the releases, by inode and time of birth: a renamed folder keeps both, a new
     * copy is born now (the inode of a removed folder may be given to it).
     */
    const folders = () =>
      readdirSync(releases.releasesDir)
        .map((name) => statSync(path.join(releases.releasesDir, name)))
        .map((stats) => `${stats.ino}@${stats.birthtimeMs}`)
        .sort();
    releases.activate(release('a'));
    releases.prepareSpare(live());
    for (const label of ['b', 'c', 'd']) await fast(label);
    const before = folders();
    for (const label of ['e', 'f', 'g']) {
      await fast(label);
      expect(folders()).toEqual(before);
    }
    expect(served()).toBe('g');
  });

  it('discards a failed release without touching the live one, and walks its folder whole to be a spare', async () => {
    const a = release('a');
    writeFileSync(path.join(releases.releasesDir, a, 'kept.html'), 'kept');
    releases.activate(a);
    const failed = release('broken');
    writeFileSync(path.join(releases.releasesDir, failed, 'half-written.html'), 'broken');
    releases.discard(failed);
    expect(existsSync(path.join(releases.releasesDir, failed))).toBe(false);
    expect(served()).toBe('a');
    const dropped = readdirSync(releases.releasesDir).find((name) => name.startsWith('.discarded-'))!;
    const folder = statSync(path.join(releases.releasesDir, dropped)).ino;
    releases.prepareSpare(a);
    const next = path.join(root, 'next');
    expect(await releases.takeSpare(a, next)).toBe(true);
    // The failed release's folder, made the live release's tree: what it held is not trusted.
    expect(statSync(next).ino).toBe(folder);
    expect(files(next)).toEqual(['index.html', 'kept.html']);
    expect(readFileSync(path.join(next, 'index.html'), 'utf8')).toBe('a');
  });

  it('creates release ids that sort by time and are new folders', () => {
    const first = releases.create();
    expect(existsSync(first.dir)).toBe(false);
    expect(first.dir).toBe(path.join(releases.releasesDir, first.id));
    expect(first.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);
  });
});
