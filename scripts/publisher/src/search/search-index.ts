// The Pagefind search index of a built site, in shards. A page's shard follows from its address
// alone, so shards stay the same across builds while their number does; a shard whose pages say
// to Pagefind what they said in the previous build is taken from it instead of indexed again.
// Each shard also gets its database for the search API (search-db.ts), taken along with it.
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  inSearchShard,
  SEARCH_DB_DIR,
  SEARCH_SHARDS_FILE,
  searchDbFile,
  SHARD_ENTRY,
  shardFolder,
  writeShardDbInWorker,
} from './search-db.ts';
import { searchDigest } from './search-digest.ts';
import type { SearchSteps } from '../status.ts';
import { since } from '../build/timed.ts';

/**
 * Searchable pages per Pagefind index. Pagefind keeps a whole index in memory while it builds it
 * (measured: 0.8 GiB for 2,700 article pages, 2.8 GiB for 11,000, and it runs out of memory near
 * 20 GiB for 110,000), so a large site is indexed in shards, one Pagefind process at a time, and
 * the search page merges them (Pagefind's mergeIndex).
 */
export const SEARCH_SHARD_PAGES = Number(process.env.SEARCH_SHARD_PAGES ?? 2000);
/**
 * Most shards: past it, shards grow instead (about 4,000 pages each at 100,000 articles). The
 * search page loads every shard's metadata and asks each for every query; more shards cost a reader
 * on a slow connection more requests, fewer cost an edit more indexing before it is searchable.
 */
export const SEARCH_MAX_SHARDS = Number(process.env.SEARCH_MAX_SHARDS ?? 26);
export { SEARCH_SHARDS_FILE } from './search-db.ts';
/** Each shard's digest (of its pages' addresses and searchable content), for the next build. */
export const SEARCH_DIGESTS_FILE = 'pagefind/shard-digests.json';
/**
 * Each page's digest with the file it was read from, so the next build reads only new files. In
 * the release's unserved folder (with the server build): it names files by inode, for no reader.
 */
export const SEARCH_PAGES_FILE = '_server/search-pages.json';

interface ShardDigests {
  shards: number;
  digests: string[];
}

/** A page file as [inode, size, mtime in ms] and its search digest (null: nothing to index). */
type PageDigest = [number, number, number, string | null];

/** A bookkeeping file of an earlier release, or null when there is none or it does not parse. */
function readRecord<T>(dir: string | undefined, file: string): T | null {
  if (!dir || !existsSync(path.join(dir, file))) return null;
  try {
    return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * The searchable pages of a built site with their digests. A file that is still the one the
 * previous build read (the same inode, size and mtime: a hard-linked copy's unchanged pages) keeps
 * its digest unread; releases never write into a file, they replace it.
 */
function searchablePages(dir: string, previousDir: string | undefined, changed: string[] | undefined) {
  const known = readRecord<Record<string, PageDigest>>(previousDir, SEARCH_PAGES_FILE) ?? {};
  const seen: Record<string, PageDigest> = {};
  /** A page file's entry, its digest taken from `known` while it is the file the previous build read. */
  const digestOf = (file: string, full: string): PageDigest => {
    const { ino, size, mtimeMs } = statSync(full);
    const before = known[file];
    if (before && before[0] === ino && before[1] === size && before[2] === mtimeMs) return before;
    const html = readFileSync(full, 'utf8');
    return [ino, size, mtimeMs, html.includes('data-pagefind-body') ? searchDigest(file, html) : null];
  };
  const files = changed && changedFiles(dir, changed, known);
  if (files) {
    // Every other page is the previous release's own file (a hard-linked copy): no walk, no stat.
    Object.assign(seen, known);
    for (const file of files) {
      if (existsSync(path.join(dir, file))) seen[file] = digestOf(file, path.join(dir, file));
      else delete seen[file];
    }
  } else {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const full = path.join(entry.parentPath, entry.name);
      const file = path.relative(dir, full);
      if (!inSearchShard(file)) seen[file] = digestOf(file, full);
    }
  }
  // Only pages that mark their searchable part: a shard without any would index whole pages.
  const pages = Object.entries(seen)
    .filter((entry): entry is [string, [number, number, number, string]] => entry[1][3] !== null)
    .map(([file, [, , , digest]]) => ({ file, digest }));
  pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { pages, seen };
}

/**
 * The page files among `changed` (paths relative to a hard-linked copy of the previous release that
 * may differ from it), or null when they cannot say which pages changed: no record of the previous
 * release's pages, or a changed folder that holds pages (then every page is walked).
 */
function changedFiles(dir: string, changed: string[], known: Record<string, PageDigest>): string[] | null {
  const pages = Object.keys(known);
  if (pages.length === 0) return null;
  const files: string[] = [];
  for (const file of changed) {
    if (inSearchShard(file) || file.startsWith('_server/')) continue;
    const stat = statSync(path.join(dir, file), { throwIfNoEntry: false });
    const gone = (page: string) => page.startsWith(`${file}/`);
    if (stat?.isDirectory() || (!stat && pages.some(gone))) return null;
    if (file.endsWith('.html')) files.push(file);
  }
  return files;
}

/** The shard of a page: from its address only (stable while the number of shards is). */
export function shardOf(file: string, shards: number): number {
  return createHash('sha1').update(file).digest().readUInt32BE(0) % shards;
}

/** Whether two paths are the same file (hard links of one another). */
function sameFile(a: string, b: string): boolean {
  const [first, second] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  return first !== undefined && second !== undefined && first.ino === second.ino && first.dev === second.dev;
}

/** A folder's files hard-linked into another: no bytes copied, and the files are never written. */
function linkTree(from: string, to: string) {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const target = path.join(to, path.relative(from, path.join(entry.parentPath, entry.name)));
    mkdirSync(path.dirname(target), { recursive: true });
    linkSync(path.join(entry.parentPath, entry.name), target);
  }
}

/** What the index did: pages indexed anew, and shards indexed or taken from the previous build. */
export interface SearchIndexResult {
  indexed: number;
  shards: number;
  reused: number;
  /**
   * What it wrote other than the previous build's files, relative to the release: the folders of
   * the shards indexed anew, the databases' folder and its bookkeeping files.
   */
  written: string[];
  /** Seconds in each step (no sitemap: indexSearch does not write it). */
  steps: SearchSteps;
}

export interface IndexSearchOptions {
  /** Searchable pages per shard (default SEARCH_SHARD_PAGES), and most shards (SEARCH_MAX_SHARDS). */
  shardPages?: number;
  maxShards?: number;
  /** The live release: its unchanged shards are hard-linked, its unchanged pages not read again. */
  previousDir?: string;
  /**
   * With `previousDir`, when `dir` is a hard-linked copy of it: the paths where the copy may differ
   * (Releases.pathsBetween). Only those pages are looked at; the rest keep the recorded digests.
   */
  changed?: string[];
  /** Stops the indexing, Pagefind's process included, and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Builds the Pagefind index of a built site: <dir>/pagefind, plus <dir>/pagefind-N for further
 * shards. With `previousDir` (the live release), unchanged shards are hard-linked from it.
 */
export async function indexSearch(dir: string, options: IndexSearchOptions = {}): Promise<SearchIndexResult> {
  const {
    shardPages = SEARCH_SHARD_PAGES,
    maxShards = SEARCH_MAX_SHARDS,
    previousDir,
    changed,
    signal,
  } = options;
  signal?.throwIfAborted();
  // Pagefind works in a process of its own: closing it makes the call under way reject.
  const stopPagefind = () => void pagefind.close();
  signal?.addEventListener('abort', stopPagefind, { once: true });
  try {
    return await indexShards(dir, shardPages, maxShards, previousDir, changed, signal);
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopPagefind);
  }
}

async function indexShards(
  dir: string,
  shardPages: number,
  maxShards: number,
  previousDir: string | undefined,
  changed: string[] | undefined,
  signal: AbortSignal | undefined,
): Promise<SearchIndexResult> {
  let started = performance.now();
  const { pages, seen } = searchablePages(dir, previousDir, changed);
  const shards = Math.min(maxShards, Math.max(1, Math.ceil(pages.length / shardPages)));
  const members = Array.from({ length: shards }, () => [] as typeof pages);
  for (const page of pages) members[shardOf(page.file, shards)]!.push(page);
  const digests = members.map((list) =>
    createHash('sha1')
      .update(list.map((page) => `${page.file} ${page.digest}`).join('\n'))
      .digest('hex'),
  );
  const previous = readRecord<ShardDigests>(previousDir, SEARCH_DIGESTS_FILE);
  // A hard-linked copy of the live release holds its databases: each shard's is linked or written anew.
  rmSync(path.join(dir, SEARCH_DB_DIR), { recursive: true, force: true });
  /** Databases being written, each in a worker thread while Pagefind indexes the next shard. */
  const writing: Array<Promise<number>> = [];
  const writeDb = (shard: number) => {
    const written = writeShardDbInWorker(path.join(dir, shardFolder(shard)), searchDbFile(dir, shard));
    written.catch(() => undefined); // awaited below; a build stopped before then has no use for it
    writing.push(written);
  };
  let indexed = 0;
  let reused = 0;
  const written: string[] = [];
  const steps: SearchSteps = { read: since(started), reuse: 0, pagefind: 0, databases: 0 };
  for (let shard = 0; shard < shards; shard++) {
    signal?.throwIfAborted();
    const folder = path.join(dir, shardFolder(shard));
    started = performance.now();
    if (previous?.shards === shards && previous.digests[shard] === digests[shard]) {
      // The same pages saying the same: the previous build's index, hard-linked (no bytes copied),
      // unless the folder already is (a hard-linked copy of the previous release: a search refresh).
      // Pagefind writes every file of an index anew and releases never write into a file, so a folder
      // whose entry file is the previous release's own holds the previous release's index.
      const from = path.join(previousDir!, shardFolder(shard));
      if (!sameFile(path.join(folder, SHARD_ENTRY), path.join(from, SHARD_ENTRY))) {
        rmSync(folder, { recursive: true, force: true });
        linkTree(from, folder);
      }
      const database = searchDbFile(previousDir!, shard);
      // A release from before the search databases has none: it is written from the linked shard.
      if (existsSync(database)) {
        mkdirSync(path.dirname(searchDbFile(dir, shard)), { recursive: true });
        linkSync(database, searchDbFile(dir, shard));
      } else writeDb(shard);
      reused++;
      steps.reuse += since(started);
      continue;
    }
    written.push(shardFolder(shard));
    // The shard's pages, hard-linked into a folder of their own: Pagefind reads them from disk
    // itself (measured: twice as fast as sending each page through addHTMLFile).
    const shardDir = `${dir}.search-shard`;
    rmSync(shardDir, { recursive: true, force: true });
    try {
      for (const { file } of members[shard]!) {
        mkdirSync(path.dirname(path.join(shardDir, file)), { recursive: true });
        linkSync(path.join(dir, file), path.join(shardDir, file));
      }
      signal?.throwIfAborted();
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
      signal?.throwIfAborted();
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: shardDir });
      signal?.throwIfAborted();
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      indexed += added.page_count;
      rmSync(folder, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      writeDb(shard);
    } finally {
      rmSync(shardDir, { recursive: true, force: true });
      // A new Pagefind process for each shard, so the memory of one is returned before the next;
      // closing also lets a CLI run exit.
      await pagefind.close();
    }
    steps.pagefind += since(started);
  }
  started = performance.now();
  await Promise.all(writing);
  steps.databases = since(started);
  // The bookkeeping files, written for the next build's read: counted with it.
  started = performance.now();
  const extra = Array.from({ length: shards - 1 }, (_, i) => `/${shardFolder(i + 1)}/`);
  // New files, never writes into a file hard-linked from the previous release.
  for (const [file, text] of [
    [SEARCH_SHARDS_FILE, JSON.stringify(extra)],
    [SEARCH_DIGESTS_FILE, JSON.stringify({ shards, digests } satisfies ShardDigests)],
    [SEARCH_PAGES_FILE, JSON.stringify(seen)],
  ] as const) {
    rmSync(path.join(dir, file), { force: true });
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `${text}\n`);
  }
  written.push(SEARCH_DB_DIR, SEARCH_SHARDS_FILE, SEARCH_DIGESTS_FILE, SEARCH_PAGES_FILE);
  steps.read += since(started);
  return { indexed, shards, reused, written, steps };
}
