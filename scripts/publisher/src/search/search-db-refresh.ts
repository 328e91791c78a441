// The search API brought up to date with a few changed pages in about a second, whatever the size
// of the site: Pagefind reads only those pages, and each shard's database that holds one of them
// is copied with their rows replaced (search-db.ts, replacePages). The Pagefind shards themselves
// (the browser's search, for a site served without the API) are indexed again afterwards, by the
// search refresh (search-index.ts), which also writes their databases anew.
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  inSearchShard,
  pagesListed,
  parseFragment,
  replacePages,
  SEARCH_DB_DIR,
  searchDbFile,
  shardCount,
  shardFolder,
} from './search-db.ts';
import { shardOf } from './search-index.ts';

/** The address Pagefind gives a page file: tin-tuc/a/index.html is /tin-tuc/a/. */
export const pageUrl = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export interface SearchDbRefresh {
  /** Pages read by Pagefind (the changed ones that have a searchable part). */
  indexed: number;
  /** Files written, relative to the release: databases and fragments. */
  written: string[];
}

/**
 * Replaces the pages `files` (HTML files relative to `dir`, a hard-linked copy of a release with a
 * search index) in the search API's databases of `dir`. A page that is gone, or no longer has a
 * searchable part, leaves them. The fragments Pagefind wrote for them go into their shard's
 * `fragment/` folder (new files named by their content), where the API reads excerpts.
 */
export async function refreshSearchDbs(
  dir: string,
  files: string[],
  signal?: AbortSignal,
): Promise<SearchDbRefresh> {
  const shards = shardCount(dir);
  const pages = files.filter((file) => file.endsWith('.html') && !inSearchShard(file));
  const searchable = pages.filter(
    (file) =>
      existsSync(path.join(dir, file)) &&
      readFileSync(path.join(dir, file), 'utf8').includes('data-pagefind-body'),
  );
  const fileOfUrl = new Map(searchable.map((file) => [pageUrl(file), file]));
  const fragments = await readPages(dir, searchable, signal);
  /** Per shard: the addresses of the pages that go, the fragment files of those that come. */
  const changes = new Map<number, { urls: string[]; fragments: string[] }>();
  const of = (shard: number) =>
    changes.get(shard) ?? changes.set(shard, { urls: [], fragments: [] }).get(shard)!;
  for (const file of searchable) of(shardOf(file, shards)).urls.push(pageUrl(file));
  // A page without a searchable part (a list, a feed's page) is looked up, its shard left as it is
  // unless the page was searchable before.
  const unsearchable = new Map<number, string[]>();
  for (const file of pages.filter((page) => !fileOfUrl.has(pageUrl(page)))) {
    const shard = shardOf(file, shards);
    unsearchable.set(shard, [...(unsearchable.get(shard) ?? []), pageUrl(file)]);
  }
  for (const [shard, urls] of unsearchable) {
    const listed = pagesListed(searchDbFile(dir, shard), urls);
    if (listed.length > 0) of(shard).urls.push(...listed);
  }
  const written: string[] = [];
  for (const [name, bytes] of fragments) {
    const file = fileOfUrl.get(parseFragment(bytes).url);
    if (!file) throw new Error(`Pagefind read a page that was not asked for (fragment ${name})`);
    const shard = shardOf(file, shards);
    const target = path.join(shardFolder(shard), 'fragment', name);
    // Named by content: a file of that name already holds these bytes (and may be another release's).
    if (!existsSync(path.join(dir, target))) {
      mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
      writeFileSync(path.join(dir, target), bytes);
      written.push(target);
    }
    of(shard).fragments.push(name);
  }
  signal?.throwIfAborted();
  for (const [shard, change] of changes) {
    replacePages(searchDbFile(dir, shard), path.join(dir, shardFolder(shard)), change.urls, change.fragments);
    written.push(path.join(SEARCH_DB_DIR, path.basename(searchDbFile(dir, shard))));
  }
  return { indexed: fragments.size, written };
}

/** Pagefind's fragments of some pages of `dir`, by file name, read in a Pagefind process of their own. */
async function readPages(
  dir: string,
  files: string[],
  signal?: AbortSignal,
): Promise<Map<string, Uint8Array>> {
  const fragments = new Map<string, Uint8Array>();
  if (files.length === 0) return fragments;
  const pagesDir = `${dir}.search-pages`;
  rmSync(pagesDir, { recursive: true, force: true });
  const stop = () => void pagefind.close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(pagesDir, file)), { recursive: true });
      linkSync(path.join(dir, file), path.join(pagesDir, file));
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: pagesDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind: ${got.errors.join('; ')}`);
    for (const { path: name, content } of got.files)
      if (name.startsWith('fragment/')) fragments.set(path.basename(name), content);
    return fragments;
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    rmSync(pagesDir, { recursive: true, force: true });
    await pagefind.close();
  }
}
