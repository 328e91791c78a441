// Release folders of the static site and the atomic swap of the `current` symlink:
// .data/site/releases/<id>/ holds each build; `current` and `previous` point at two of them.
// Every release is a whole site (any static server can serve `current`). A fast build starts from a
// hard-linked copy of the live release; that copy is made ahead, as soon as a release goes live
// (the spare), so the next edit does not wait for it: at 100,000 articles it takes seconds.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

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

  /** Starts making the spare copy of release `id` (a no-op when it is made or under way). */
  prepareSpare(id: string) {
    if (this.spare?.of === id) return;
    this.dropSpare();
    const dir = path.join(this.releasesDir, `${SPARE_PREFIX}${id}`);
    const ready = linkCopy(path.join(this.releasesDir, id), dir).then(
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
    if (spare) void spare.ready.then(() => this.remove(spare.dir));
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
        // Out of the list at once (renamed), removed without holding up the swap.
        const doomed = path.join(this.releasesDir, `.old-${id}`);
        renameSync(path.join(this.releasesDir, id), doomed);
        this.remove(doomed);
      }
    }
  }
}
