// Release folders of the static site and the atomic swap of the `current` symlink:
// .data/site/releases/<id>/ holds each build; `current` and `previous` point at two of them.
import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** How many release folders to keep (current, previous, and one more for a second rollback). */
const KEEP = 3;

export class Releases {
  readonly root: string;
  readonly releasesDir: string;
  /** Symlink to the release being served. */
  readonly current: string;
  readonly previous: string;

  constructor(root: string) {
    this.root = root;
    this.releasesDir = path.join(root, 'releases');
    this.current = path.join(root, 'current');
    this.previous = path.join(root, 'previous');
    mkdirSync(this.releasesDir, { recursive: true });
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

  /** Keeps the newest releases plus whatever `current` and `previous` point at. */
  private prune() {
    const keep = new Set([this.target(this.current), this.target(this.previous)]);
    // Release folders only: the node_modules link of the server builds sits beside them.
    const all = readdirSync(this.releasesDir)
      .filter((name) => name !== 'node_modules')
      .sort();
    for (const id of all.slice(0, Math.max(0, all.length - KEEP))) {
      if (!keep.has(id)) rmSync(path.join(this.releasesDir, id), { recursive: true, force: true });
    }
  }
}
