// Hard-linked copies of a release's tree: a copy made in a second (no data copied), brought up to
// another release by linking again only the files that differ, and removed; the long ones run in a
// worker thread, off the live site's way.
import { execFile } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, rmSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { inWorker } from '../process/in-worker.ts';

const execFileAsync = promisify(execFile);

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
export const relinkInWorker = (fromDir: string, toDir: string, paths: string[] | null) =>
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
export const removeInWorker = (dir: string) => inWorker<void>(new URL(import.meta.url), 'removeTree', [dir]);
