// The copies a fast build starts from: as soon as a release goes live, a hard-linked copy of it is
// made ahead (the spare), so the next edit does not wait for it. At 100,000 articles (228,000 files) a
// new copy takes 16-30 s and removing an old release as long; so copies are kept in reserve (releases
// that fall out of the kept ones, a spare not taken) and brought up to the release they are needed
// for: only the files that differ are linked again, in a worker thread. Each fast release says which
// paths it changed from the release it was copied from; when a chain of those leads from a copy's
// release to the live one, only those paths are looked at (milliseconds). Else both whole trees are
// walked (5-8 s at 100,000 articles): after a full build that is done ahead, to every copy in
// reserve, so the spares of the fast releases that follow it take milliseconds.
import { renameSync } from 'node:fs';
import path from 'node:path';
import { linkCopy, relinkInWorker, removeInWorker } from './linked-trees.ts';

/** Spare copies are dot-folders beside the releases: never served, pruned or counted as releases. */
const SPARE_PREFIX = '.spare-';

/** What a release changed from the release it was copied from: paths relative to the release. */
export interface ReleaseChanges {
  base: string;
  paths: string[];
}

/** Longest chain of fast releases followed back to a recycled one; past it the trees are walked. */
const MAX_CHAIN = 8;

/** What a dropped folder holds, as far as pathsBetween knows: no release (walk it whole). */
export const UNKNOWN = '';

/** A folder holding, or on its way to holding, a hard-linked copy of release `of`; `ready` says whether it does. */
interface Copy {
  dir: string;
  of: string;
  ready: Promise<boolean>;
}

/** Copies kept in reserve for the next spares: the spares of a fast release's two follow-ups. */
export const RESERVE = 2;

export class SpareCopies {
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

  private readonly releasesDir: string;
  /** Whether a release is the one being served (the reserve is made ready for it only). */
  private readonly isLive: (id: string) => boolean;

  constructor(releasesDir: string, isLive: (id: string) => boolean) {
    this.releasesDir = releasesDir;
    this.isLive = isLive;
  }

  /** Records what release `id` changed from the one it was copied from. */
  recordChanges(id: string, changes: ReleaseChanges) {
    this.changes.set(id, changes);
  }

  /** Forgets the changes of releases no longer kept (the chains go through kept releases). */
  keepChangesOf(kept: ReadonlySet<string>) {
    for (const id of this.changes.keys()) if (!kept.has(id)) this.changes.delete(id);
  }

  /** A new folder name beside the releases, never served: `.<what>-<id>-<n>`. */
  dropName(what: string, id: string) {
    return path.join(this.releasesDir, `.${what}-${id}-${++this.spares}`);
  }

  /** Removes a folder in the background; one that cannot be removed now is a dot-folder the next start removes. */
  remove(dir: string) {
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
  recycle(dir: string, of: string, limit = RESERVE) {
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
    if (!this.isLive(id)) return;
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
}
