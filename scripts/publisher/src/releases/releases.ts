// Release folders of the static site and the atomic swap of the `current` symlink:
// .data/site/releases/<id>/ holds each build; `current` and `previous` point at two of them.
// Every release is a whole site (any static server can serve `current`). A fast build starts from a
// hard-linked copy of the live release, made ahead (spare-copies.ts).
import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { RESERVE, SpareCopies, UNKNOWN, type ReleaseChanges } from './spare-copies.ts';

export type { ReleaseChanges } from './spare-copies.ts';

/** How many release folders to keep (current, previous, and one more for a second rollback). */
const KEEP = 3;

export class Releases {
  readonly root: string;
  readonly releasesDir: string;
  /** Symlink to the release being served. */
  readonly current: string;
  readonly previous: string;
  /** The copies fast builds start from. */
  private readonly copies: SpareCopies;

  constructor(root: string) {
    this.root = root;
    this.releasesDir = path.join(root, 'releases');
    this.current = path.join(root, 'current');
    this.previous = path.join(root, 'previous');
    mkdirSync(this.releasesDir, { recursive: true });
    this.copies = new SpareCopies(this.releasesDir, (id) => this.target(this.current) === id);
    // Dot-folders are copies (of any release: made again when needed) and removals an earlier run left.
    for (const name of readdirSync(this.releasesDir))
      if (name.startsWith('.')) this.copies.remove(path.join(this.releasesDir, name));
  }

  /** Resolves when no removal or copy is under way. */
  settled() {
    return this.copies.settled();
  }

  /** See SpareCopies.pathsBetween. */
  pathsBetween(from: string, to: string): string[] | null {
    return this.copies.pathsBetween(from, to);
  }

  /** Starts making the spare copy of release `id` (SpareCopies.prepareSpare). */
  prepareSpare(id: string) {
    this.copies.prepareSpare(id);
  }

  /** Moves the spare copy of release `of` to `dir` (SpareCopies.takeSpare). */
  takeSpare(of: string, dir: string): Promise<boolean> {
    return this.copies.takeSpare(of, dir);
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
    if (changes) this.copies.recordChanges(id, changes);
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
    const dropped = this.copies.dropName('discarded', id);
    renameSync(dir, dropped);
    this.copies.recycle(dropped, UNKNOWN, RESERVE + 1);
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
        this.copies.recycle(doomed, id, RESERVE + 1);
      }
    }
    // Changes are followed from the live release back to the recycled one, through kept releases.
    this.copies.keepChangesOf(new Set(readdirSync(this.releasesDir)));
  }
}
