// Release folders of the static site and the atomic swap of the `current` symlink:
// .data/site/releases/<id>/ holds each build; `current` and `previous` point at two of them.
// Every release is a whole site (any static server can serve `current`). A fast build starts from a
// hard-linked copy of the live release; that copy is made ahead, as soon as a release goes live
// (the spare), so the next edit does not wait for it. At 100,000 articles (228,000 files) a new
// copy takes 16-30 s and removing an old release as long; so copies are kept in reserve (releases
// that fall out of the kept ones, a spare not taken) and brought up to the release they are needed
// for: only the files that differ are linked again, in a worker thread. Each fast release says which
// paths it changed from the release it was copied from; when a chain of those leads from a copy's
// release to the live one, only those paths are looked at (milliseconds). Else both whole trees are
// walked (5-8 s at 100,000 articles): after a full build that is done ahead, to every copy in
// reserve, so the spares of the fast releases that follow it take milliseconds.
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
import path from 'node:path';
import { promisify } from 'node:util';
import { inWorker } from '../process/in-worker.ts';

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

/**
 * relinkTree for some paths only (files or folders, relative): each is made what it is in
 * `fromDir`, removed where `fromDir` has none. The rest of `toDir` is left as it is.
 */
export function relinkPaths(fromDir: string, toDir: string, paths: string[]): void {
  for (const relative of paths) {
    const from = path.join(fromDir, relative);
    const to = path.join(toDir, relative);
    const source = lstatSync(from, { throwIfNoEntry: false });
    const target = lstatSync(to, { throwIfNoEntry: false });
    if (!source) {
      if (target) rmSync(to, { recursive: true, force: true });
      continue;
    }
    if (source.isDirectory()) {
      if (target && !target.isDirectory()) rmSync(to, { force: true });
      mkdirSync(path.dirname(to), { recursive: true });
      relinkTree(from, to);
      continue;
    }
    if (target && !target.isDirectory() && target.ino === source.ino) continue;
    if (target) rmSync(to, { recursive: true, force: true });
    mkdirSync(path.dirname(to), { recursive: true });
    linkSync(from, to);
  }
}

/** Makes `toDir` the tree of `fromDir`, hard-linked: at `paths` only when given, else everywhere. */
const relinkInWorker = (fromDir: string, toDir: string, paths: string[] | null) =>
  paths
    ? inWorker<void>(new URL(import.meta.url), 'relinkPaths', [fromDir, toDir, paths])
    : inWorker<void>(new URL(import.meta.url), 'relinkTree', [fromDir, toDir]);

/** Removes a folder and everything in it. Synchronous: run it in a worker (removeInWorker). */
export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * removeTree in a worker thread. Not fs.promises.rm: it queues an unlink per file on libuv's four
 * threads, and the live site's file reads waited behind the 228,000 of a release (a search page took
 * 20 s to load at 100,000 articles while a release was removed).
 */
const removeInWorker = (dir: string) => inWorker<void>(new URL(import.meta.url), 'removeTree', [dir]);

/** What a release changed from the release it was copied from: paths relative to the release. */
export interface ReleaseChanges {
  base: string;
  paths: string[];
}

/** Longest chain of fast releases followed back to a recycled one; past it the trees are walked. */
const MAX_CHAIN = 8;

/** What a dropped folder holds, as far as pathsBetween knows: no release (walk it whole). */
const UNKNOWN = '';

/** How many release folders to keep (current, previous, and one more for a second rollback). */
const KEEP = 3;

/** A folder holding, or on its way to holding, a hard-linked copy of release `of`; `ready` says whether it does. */
interface Copy {
  dir: string;
  of: string;
  ready: Promise<boolean>;
}

/** Copies kept in reserve for the next spares: the spares of a fast release's two follow-ups. */
const RESERVE = 2;

export class Releases {
  readonly root: string;
  readonly releasesDir: string;
  /** Symlink to the release being served. */
  readonly current: string;
  readonly previous: string;
  /** The hard-linked copy of a release (`of`) for the next fast build, made or being made. */
  private spare: Copy | null = null;
  /** Copies in reserve (dot-folders), the longest held first. */
  private reserve: Copy[] = [];
  /** Removals under way (pruned releases, dropped spares), off the swap's path. */
  private removals = new Set<Promise<void>>();
  /** Per release made by copying another: the paths it changed (see ReleaseChanges). */
  private changes = new Map<string, ReleaseChanges>();
  /** Copies made so far, for their folders' names. */
  private spares = 0;

  constructor(root: string) {
    this.root = root;
    this.releasesDir = path.join(root, 'releases');
    this.current = path.join(root, 'current');
    this.previous = path.join(root, 'previous');
    mkdirSync(this.releasesDir, { recursive: true });
    // Dot-folders are copies (of any release: made again when needed) and removals an earlier run left.
    for (const name of readdirSync(this.releasesDir))
      if (name.startsWith('.')) this.remove(path.join(this.releasesDir, name));
  }

  /** Removes a folder in the background; one that cannot be removed now is a dot-folder the next start removes. */
  private remove(dir: string) {
    const removal = removeInWorker(dir)
      .catch(() => undefined)
      .finally(() => this.removals.delete(removal));
    this.removals.add(removal);
  }

  /** Resolves when no removal or copy is under way. */
  async settled() {
    for (;;) {
      const pending = [this.spare, ...this.reserve].map((copy) => copy?.ready);
      await Promise.all([...pending, ...this.removals]);
      const now = [this.spare, ...this.reserve].map((copy) => copy?.ready);
      if (this.removals.size === 0 && now.every((ready, i) => ready === pending[i])) return;
    }
  }

  /**
   * Keeps a folder holding release `of` in reserve. Past `limit` copies the longest held are removed:
   * a release falling out (prune) keeps one more, as the next prepareSpare takes one.
   */
  private recycle(dir: string, of: string, limit = RESERVE) {
    this.reserve.push({ dir, of, ready: Promise.resolve(true) });
    this.trimReserve(limit);
  }

  /** Removes the longest held copies in reserve past `limit`. */
  private trimReserve(limit: number) {
    while (this.reserve.length > limit) {
      const old = this.reserve.shift()!;
      void old.ready.then(() => this.remove(old.dir));
    }
  }

  /** A new dot-folder name for a copy of release `id`. */
  private copyDir(id: string) {
    return path.join(this.releasesDir, `${SPARE_PREFIX}${id}-${++this.spares}`);
  }

  /**
   * The paths where release `to` may differ from release `from`, by the changes of the releases
   * between them; null when they are not known (a full build in between, a restart).
   */
  pathsBetween(from: string, to: string): string[] | null {
    const paths = new Set<string>();
    let at = to;
    for (let step = 0; at !== from; step++) {
      const changes = this.changes.get(at);
      if (!changes || step === MAX_CHAIN) return null;
      for (const changed of changes.paths) paths.add(changed);
      at = changes.base;
    }
    return [...paths];
  }

  /**
   * Starts making the spare copy of release `id` (a no-op when it is made or under way): from a copy
   * in reserve, relinked (one whose changes since are known first), else a new copy. Then the
   * reserve is made ready for the spares after it.
   */
  prepareSpare(id: string) {
    if (this.spare?.of === id) return this.trimReserve(RESERVE);
    this.dropSpare();
    // A name of its own: a dropped spare of the same release may still be on its way out.
    const dir = this.copyDir(id);
    const from = path.join(this.releasesDir, id);
    const known = this.reserve.findIndex((copy) => this.pathsBetween(copy.of, id) !== null);
    const copy = this.reserve.splice(Math.max(known, 0), 1)[0];
    const made = copy
      ? copy.ready.then((ok) => {
          if (!ok) throw new Error(`the copy in ${copy.dir} was not made`);
          renameSync(copy.dir, dir);
          return relinkInWorker(from, dir, this.pathsBetween(copy.of, id));
        })
      : linkCopy(from, dir);
    const ready = made.then(
      () => true,
      () => {
        this.remove(dir);
        return false;
      },
    );
    this.spare = { of: id, dir, ready };
    this.trimReserve(RESERVE);
    void ready.then(() => this.replenish(id));
  }

  /**
   * Makes the reserve ready for the spares of the releases after `id` (while it is live): a copy
   * whose changes since are not known is brought up to `id` by a walk of both trees; a reserve
   * short of RESERVE (after a start) gets new copies. One at a time, after the spare.
   */
  private replenish(id: string) {
    if (this.target(this.current) !== id) return;
    const from = path.join(this.releasesDir, id);
    let after: Promise<unknown> = Promise.resolve();
    const queued = (work: () => Promise<void>, dir: string, previous: Promise<boolean>) => {
      const ready = Promise.all([previous, after]).then(async ([ok]) => {
        if (!ok) return false;
        try {
          await work();
          return true;
        } catch {
          this.remove(dir);
          return false;
        }
      });
      after = ready;
      return ready;
    };
    for (const copy of this.reserve) {
      if (this.pathsBetween(copy.of, id) !== null) continue;
      copy.ready = queued(
        async () => {
          await relinkInWorker(from, copy.dir, null);
          copy.of = id;
        },
        copy.dir,
        copy.ready,
      );
    }
    while (this.reserve.length < RESERVE) {
      const dir = this.copyDir(id);
      this.reserve.push({
        dir,
        of: id,
        ready: queued(() => linkCopy(from, dir), dir, Promise.resolve(true)),
      });
    }
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
    if (spare) void spare.ready.then((made) => (made ? this.recycle(spare.dir, spare.of) : undefined));
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

  /**
   * Makes `id` the live site; the one it replaces becomes `previous`. `changes`: what `id` changed
   * from the release it was copied from, when it was (a fast release).
   */
  activate(id: string, changes?: ReleaseChanges) {
    if (changes) this.changes.set(id, changes);
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

  /**
   * Drops a failed (or unneeded) release folder: out of the way at once, into the reserve, where it
   * is walked to the live release before it is used (what it holds is not known). Often it is a
   * whole copy of the live release, 228,000 files at 100,000 articles: cheaper to walk than to remove
   * and copy again. One past RESERVE, as in prune: a prepareSpare follows.
   */
  discard(id: string) {
    const dir = path.join(this.releasesDir, id);
    if (!existsSync(dir)) return;
    const dropped = path.join(this.releasesDir, `.discarded-${id}-${++this.spares}`);
    renameSync(dir, dropped);
    this.recycle(dropped, UNKNOWN, RESERVE + 1);
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
        // One past RESERVE: the prepareSpare after a swap takes a copy, and a fast release followed by
        // its spare then removes nothing and copies nothing (each was 228,000 files at 100,000 articles,
        // on the disk beside the next edit).
        const doomed = path.join(this.releasesDir, `.old-${id}`);
        renameSync(path.join(this.releasesDir, id), doomed);
        this.recycle(doomed, id, RESERVE + 1);
      }
    }
    // Changes are followed from the live release back to the recycled one, through kept releases.
    const kept = new Set(readdirSync(this.releasesDir));
    for (const id of this.changes.keys()) if (!kept.has(id)) this.changes.delete(id);
  }
}
