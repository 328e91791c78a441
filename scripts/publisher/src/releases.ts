// Release folders of the static site and the atomic swap of the `current` symlink:
// .data/site/releases/<id>/ holds each build; `current` and `previous` point at two of them.
// Every release is a whole site (any static server can serve `current`). A fast build starts from a
// hard-linked copy of the live release; that copy is made ahead, as soon as a release goes live
// (the spare), so the next edit does not wait for it. At 100,000 articles (228,000 files) a new
// copy takes 16-30 s and removing an old release as long; so the release that falls out of the
// kept ones is not removed but made the next spare: only the files that differ are linked again
// (about 5 s), in a worker thread.
import { execFile } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  type Dirent,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { inWorker } from './in-worker.ts';

const execFileAsync = promisify(execFile);
/** Spare copies are dot-folders beside the releases: never served, pruned or counted as releases. */
const SPARE_PREFIX = '.spare-';

/**
 * Hard-links the whole of `fromDir` into a new folder `toDir`: no data is copied, and renaming a
 * new file over a link never touches the original.
 */
export async function linkCopy(fromDir: string, toDir: string) {
  await execFileAsync('cp', ['-al', `${path.resolve(fromDir)}/.`, toDir]);
}

/**
 * Makes `toDir` (an older release's folder, or anything) the same tree as `fromDir`, hard-linked:
 * a file that is already the same inode stays, any other is linked again, and what `fromDir` does
 * not have is removed. Synchronous: run it in a worker (relinkTreeInWorker).
 */
export function relinkTree(fromDir: string, toDir: string): void {
  const existing = new Map<string, Dirent>();
  if (existsSync(toDir))
    for (const entry of readdirSync(toDir, { withFileTypes: true })) existing.set(entry.name, entry);
  else mkdirSync(toDir);
  for (const entry of readdirSync(fromDir, { withFileTypes: true })) {
    const from = path.join(fromDir, entry.name);
    const to = path.join(toDir, entry.name);
    const old = existing.get(entry.name);
    existing.delete(entry.name);
    if (entry.isDirectory()) {
      if (old && !old.isDirectory()) rmSync(to, { force: true });
      relinkTree(from, to);
      continue;
    }
    if (old && !old.isDirectory() && lstatSync(from).ino === lstatSync(to).ino) continue;
    if (old) rmSync(to, { recursive: true, force: true });
    linkSync(from, to);
  }
  for (const name of existing.keys()) rmSync(path.join(toDir, name), { recursive: true, force: true });
}

const relinkTreeInWorker = (fromDir: string, toDir: string) =>
  inWorker<void>(new URL(import.meta.url), 'relinkTree', [fromDir, toDir]);

/** How many release folders to keep (current, previous, and one more for a second rollback). */
const KEEP = 3;

export class Releases {
  readonly root: string;
  readonly releasesDir: string;
  /** Symlink to the release being served. */
  readonly current: string;
  readonly previous: string;
  /** The hard-linked copy of a release (`of`) for the next fast build, made or being made. */
  private spare: { of: string; dir: string; ready: Promise<boolean> } | null = null;
  /** Removals under way (pruned releases, dropped spares), off the swap's path. */
  private removals = new Set<Promise<void>>();
  /** A release folder no longer kept (renamed to a dot-folder), to become the next spare. */
  private recyclable: string | null = null;
  /** Spares made so far, for their folders' names. */
  private spares = 0;

  constructor(root: string) {
    this.root = root;
    this.releasesDir = path.join(root, 'releases');
    this.current = path.join(root, 'current');
    this.previous = path.join(root, 'previous');
    mkdirSync(this.releasesDir, { recursive: true });
    // Dot-folders are spares (of any release: made again when needed) and removals an earlier run left.
    for (const name of readdirSync(this.releasesDir))
      if (name.startsWith('.')) this.remove(path.join(this.releasesDir, name));
  }

  /** Removes a folder in the background; one that cannot be removed now is a dot-folder the next start removes. */
  private remove(dir: string) {
    const removal = rm(dir, { recursive: true, force: true })
      .catch(() => undefined)
      .finally(() => this.removals.delete(removal));
    this.removals.add(removal);
  }

  /** Resolves when no removal or spare copy is under way. */
  async settled() {
    await this.spare?.ready;
    while (this.removals.size > 0) await Promise.all(this.removals);
  }

  /** Keeps a folder to become the next spare; the one it replaces is removed. */
  private recycle(dir: string) {
    if (this.recyclable) this.remove(this.recyclable);
    this.recyclable = dir;
  }

  /**
   * Starts making the spare copy of release `id` (a no-op when it is made or under way): a release
   * no longer kept, relinked, when there is one; else a new copy.
   */
  prepareSpare(id: string) {
    if (this.spare?.of === id) return;
    this.dropSpare();
    // A name of its own: a dropped spare of the same release may still be on its way out.
    const dir = path.join(this.releasesDir, `${SPARE_PREFIX}${id}-${++this.spares}`);
    const from = path.join(this.releasesDir, id);
    const recycled = this.recyclable;
    this.recyclable = null;
    if (recycled) renameSync(recycled, dir);
    const ready = (recycled ? relinkTreeInWorker(from, dir) : linkCopy(from, dir)).then(
      () => true,
      () => {
        this.remove(dir);
        return false;
      },
    );
    this.spare = { of: id, dir, ready };
  }

  /**
   * Moves the spare copy of release `of` to `dir` (waiting for it when under way) and says whether
   * it did; false when there is none of that release, and the caller copies it.
   */
  async takeSpare(of: string, dir: string): Promise<boolean> {
    const spare = this.spare;
    if (!spare || spare.of !== of) return false;
    this.spare = null;
    if (!(await spare.ready)) return false;
    renameSync(spare.dir, dir);
    return true;
  }

  private dropSpare() {
    const spare = this.spare;
    this.spare = null;
    if (spare) void spare.ready.then((made) => (made ? this.recycle(spare.dir) : undefined));
  }

  /** A new, empty release folder named by time, sortable. */
  create(): { id: string; dir: string } {
    const id = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = path.join(this.releasesDir, id);
    rmSync(dir, { recursive: true, force: true });
    return { id, dir };
  }

  /** Id of the release a link points at, or null. */
  target(link: string): string | null {
    try {
      return path.basename(readlinkSync(link));
    } catch {
      return null;
    }
  }

  /** Points `link` at a release atomically: a new symlink renamed over the old one. */
  private point(link: string, id: string) {
    const tmp = `${link}.tmp-${process.pid}`;
    rmSync(tmp, { force: true });
    symlinkSync(path.join('releases', id), tmp);
    renameSync(tmp, link);
  }

  /** Makes `id` the live site; the one it replaces becomes `previous`. */
  activate(id: string) {
    const old = this.target(this.current);
    this.point(this.current, id);
    if (old && old !== id) this.point(this.previous, old);
    this.prune();
  }

  /** Serves the previous release again; the current one becomes `previous`. */
  rollback(): string {
    const previous = this.target(this.previous);
    const current = this.target(this.current);
    if (!previous || !existsSync(path.join(this.releasesDir, previous)))
      throw new Error('No previous build to roll back to.');
    this.point(this.current, previous);
    if (current) this.point(this.previous, current);
    return previous;
  }

  /** Drops a failed release folder. */
  discard(id: string) {
    rmSync(path.join(this.releasesDir, id), { recursive: true, force: true });
  }

  /**
   * Keeps the newest releases plus whatever `current` and `previous` point at; removes the others
   * in the background.
   */
  private prune() {
    const keep = new Set([this.target(this.current), this.target(this.previous)]);
    // Release folders only: the node_modules link of the server builds and the spares sit beside them.
    const all = readdirSync(this.releasesDir)
      .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
      .sort();
    for (const id of all.slice(0, Math.max(0, all.length - KEEP))) {
      if (!keep.has(id)) {
        // Out of the list at once (renamed), to be the next spare or removed, without holding up the swap.
        const doomed = path.join(this.releasesDir, `.old-${id}`);
        renameSync(path.join(this.releasesDir, id), doomed);
        this.recycle(doomed);
      }
    }
  }
}
