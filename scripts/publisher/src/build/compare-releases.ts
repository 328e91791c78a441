// How a release differs from another, file by file, for what readers are served: pages, feeds,
// sitemaps and uploads. Code and the search API's databases (_server), images made from uploads
// (_astro: one no page uses any more may stay) and the search shards are left out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Code and the search API's databases, images made from uploads, the search shards. */
const NOT_SERVED_AS_IS = /^(_server|_astro|pagefind)\//;

/** The files of a release a reader is served as they are, relative to it, sorted. */
export function servedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !NOT_SERVED_AS_IS.test(file))
    .sort();
}

/** Where release `a` differs from release `b`: files only one has, and files whose bytes differ. */
export function releaseDifferences(a: string, b: string): string[] {
  const ours = servedFiles(a);
  const theirs = servedFiles(b);
  const inB = new Set(theirs);
  const inA = new Set(ours);
  return [
    ...ours.filter((file) => !inB.has(file)).map((file) => `only in ${path.basename(a)}: ${file}`),
    ...theirs.filter((file) => !inA.has(file)).map((file) => `only in ${path.basename(b)}: ${file}`),
    ...ours
      .filter((file) => inB.has(file))
      .filter((file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
      .map((file) => `differs: ${file}`),
  ];
}
