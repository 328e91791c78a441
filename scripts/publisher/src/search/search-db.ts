// The search API's index: each Pagefind shard's pages again in an SQLite full-text index (FTS5),
// built from the shard's own Pagefind fragments, so both say the same of a page. Pagefind's search
// code, run on the server over every shard, took 3.6–9.6 s for a word found in all of 100,000 pages:
// it hands every match with its word positions from WebAssembly to JavaScript as JSON before it
// sorts them. SQLite ranks and counts them where they are, and answers the best 20 in
// milliseconds. Pagefind in the browser stays, for a site served without the API.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { FilterCounts, SearchAnswer } from 'shared-types/search-api';
import { inWorker } from '../process/in-worker.ts';
import { excerpt, foldText, matchExpression, queryTerms } from './search-text.ts';

/** The shards' databases, in the release's unserved folder: `<dir>/_server/search/shard-N.sqlite`. */
export const SEARCH_DB_DIR = '_server/search';
export const searchDbFile = (dir: string, shard: number) =>
  path.join(dir, SEARCH_DB_DIR, `shard-${shard}.sqlite`);
/** Lists the extra shards' folders for the search page, e.g. ["/pagefind-1/"]. */
export const SEARCH_SHARDS_FILE = 'pagefind/shards.json';
/** How many search shards a release has (its shards file lists all but the first). */
export const shardCount = (dir: string) =>
  1 + (JSON.parse(readFileSync(path.join(dir, SEARCH_SHARDS_FILE), 'utf8')) as string[]).length;
/** Whether a file of a release (a path relative to it) is in a search shard's folder. */
export const inSearchShard = (file: string) => /^pagefind(-\d+)?\//.test(file);
/** The served folder of Pagefind shard N in a release: pagefind, pagefind-1, pagefind-2, … */
export const shardFolder = (shard: number) => (shard === 0 ? 'pagefind' : `pagefind-${shard}`);
/** The file in each shard's folder that the search page loads first. */
export const SHARD_ENTRY = 'pagefind-entry.json';

/** What a Pagefind fragment holds of a page (pagefind/fragment/*.pf_fragment). */
interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind's files are gzipped, and start with this signature once unzipped. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** A Pagefind fragment file: what Pagefind read of one page. */
export const readFragment = (file: string): Fragment => parseFragment(readFileSync(file));

/** A Pagefind fragment's bytes (gzipped, as in the file) read. */
export function parseFragment(gzipped: Uint8Array): Fragment {
  const bytes = gunzipSync(gzipped);
  const signed = bytes.subarray(0, PAGEFIND_SIGNATURE.length).toString() === PAGEFIND_SIGNATURE;
  const start = signed ? PAGEFIND_SIGNATURE.length : 0;
  return JSON.parse(bytes.subarray(start).toString('utf8')) as Fragment;
}

/** "26/12/2019 …" (a page's date as readers see it, Pagefind's `date` meta) as 2019-12-26, for sorting. */
const sortableDate = (date: string | undefined) => {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(date ?? '');
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
};

/** The statements that add a page to a shard's database (writeShardDb, replacePages). */
function pageWriter(db: Database.Database, fragmentsDir: string) {
  const page = db.prepare('INSERT INTO pages (id, url, title, fragment, date) VALUES (?, ?, ?, ?, ?)');
  const filter = db.prepare('INSERT INTO filters (page, name, value) VALUES (?, ?, ?)');
  const text = db.prepare('INSERT INTO text (rowid, title, ascii, body) VALUES (?, ?, ?, ?)');
  /** Adds the page of fragment file `name` as row `id`; returns its address. */
  return (id: number, name: string): string => {
    const { url, content, filters, meta } = readFragment(path.join(fragmentsDir, name));
    const title = meta.title ?? url;
    page.run(id, url, title, name, sortableDate(meta.date));
    for (const [key, values] of Object.entries(filters))
      for (const value of values) filter.run(id, key, value);
    text.run(id, foldText(title), foldText(meta.ascii ?? ''), foldText(content));
    return url;
  };
}

/** A database file written beside `dbFile` and renamed over it: readers see the old one or the new one whole. */
function replaceFile(dbFile: string, write: (temporary: string) => void) {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  const temporary = `${dbFile}.tmp`;
  rmSync(temporary, { force: true });
  try {
    write(temporary);
    renameSync(temporary, dbFile);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Opens a database for writing by this process alone, nothing synced (the file is renamed in whole). */
function openForWriting(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  return db;
}

/**
 * Writes the database of one shard from its Pagefind folder (`pagefindDir`: its fragments). The
 * file appears whole (written beside it, then renamed); it is never written again, so releases can
 * share it by hard link. Returns the number of pages.
 */
export function writeShardDb(pagefindDir: string, dbFile: string): number {
  const folder = path.join(pagefindDir, 'fragment');
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.pf_fragment')) : [];
  replaceFile(dbFile, (temporary) => {
    const db = openForWriting(temporary);
    try {
      // Contentless (the text stays in the fragments, read for the 20 excerpts shown); word positions
      // are not kept (detail=column: half the size, and a quoted query is taken word by word).
      db.exec(`
        CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT NOT NULL, title TEXT NOT NULL,
          fragment TEXT NOT NULL, date TEXT NOT NULL);
        CREATE TABLE filters (page INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL);
        CREATE VIRTUAL TABLE text USING fts5(title, ascii, body, content='', detail=column,
          tokenize='unicode61 remove_diacritics 2');
      `);
      const add = pageWriter(db, folder);
      db.transaction(() => {
        for (const [i, name] of files.sort().entries()) add(i + 1, name);
      })();
      db.exec(`
        CREATE INDEX filters_by_value ON filters (name, value, page);
        INSERT INTO text (text) VALUES ('optimize');
      `);
    } finally {
      db.close();
    }
  });
  return files.length;
}

/**
 * A shard's database with some pages replaced, as a new file over the old one (which other
 * releases may share by hard link: it is copied, never written into). `urls`: the addresses of the
 * pages that go; `fragments`: fragment files in the shard's `fragment/` folder, of the pages that
 * come (a page both goes and comes when it changed). A page's words stay in the full-text index
 * (a contentless table cannot forget them), but without its row no query finds it.
 */
export function replacePages(dbFile: string, pagefindDir: string, urls: string[], fragments: string[]): void {
  replaceFile(dbFile, (temporary) => {
    copyFileSync(dbFile, temporary);
    const db = openForWriting(temporary);
    try {
      const add = pageWriter(db, path.join(pagefindDir, 'fragment'));
      const find = db.prepare('SELECT id FROM pages WHERE url = ?').pluck();
      const drop = [
        db.prepare('DELETE FROM filters WHERE page = ?'),
        db.prepare('DELETE FROM pages WHERE id = ?'),
      ];
      db.transaction(() => {
        for (const url of urls)
          for (const id of find.all(url) as number[]) for (const statement of drop) statement.run(id);
        let next = ((db.prepare('SELECT max(id) FROM pages').pluck().get() as number | null) ?? 0) + 1;
        // Above every id the full-text index has seen: a forgotten page's words never find a new row.
        const indexed = db.prepare('SELECT max(rowid) FROM text').pluck().get() as number | null;
        next = Math.max(next, (indexed ?? 0) + 1);
        for (const name of fragments) add(next++, name);
      })();
    } finally {
      db.close();
    }
  });
}

/** Those of `urls` that a shard's database lists. */
export function pagesListed(dbFile: string, urls: string[]): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const find = db.prepare('SELECT 1 FROM pages WHERE url = ?').pluck();
    return urls.filter((url) => find.get(url) !== undefined);
  } finally {
    db.close();
  }
}

/** writeShardDb in a worker thread: the pages written. */
export const writeShardDbInWorker = (pagefindDir: string, dbFile: string) =>
  inWorker<number>(new URL(import.meta.url), 'writeShardDb', [pagefindDir, dbFile]);

/** Filter values by filter name: a page must have every one (Pagefind's default, "all"). */
export type SearchFilters = Record<string, string[]>;

/**
 * The ranking: pages whose title (or its folded copy with the lead) holds every word first, then
 * BM25 with the title weighted most, then the newest. BM25 alone cannot rank words most pages hold
 * (SQLite floors their weight to nearly nothing): a news site's readers then expect the newest.
 */
const SCORE = 'bm25(text, 10.0, 5.0, 1.0)';
const IN_TITLE = 'pages.id IN (SELECT rowid FROM text WHERE text MATCH ?)';
const titleMatch = (match: string) => `{title ascii} : (${match})`;

interface Row {
  id: number;
  url: string;
  title: string;
  fragment: string;
  score: number;
  inTitle: number;
  date: string;
}

/** Best first, across shards as within one (see SCORE). */
const better = (a: Row, b: Row) =>
  b.inTitle - a.inTitle || a.score - b.score || b.date.localeCompare(a.date) || a.url.localeCompare(b.url);

/** One shard's database, opened read-only, with its Pagefind folder (for the excerpts). */
class Shard {
  readonly db: Database.Database;
  readonly pagefindDir: string;

  constructor(file: string, pagefindDir: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    this.pagefindDir = pagefindDir;
  }

  /** The best `limit` pages for an FTS5 expression (null: every page) and filters, and how many there are. */
  search(match: string | null, filters: SearchFilters, limit: number): { total: number; rows: Row[] } {
    const conditions = match ? ['text MATCH ?'] : [];
    const params: string[] = match ? [match] : [];
    for (const [name, values] of Object.entries(filters))
      for (const value of values) {
        conditions.push('pages.id IN (SELECT page FROM filters WHERE name = ? AND value = ?)');
        params.push(name, value);
      }
    const from = `${match ? 'text JOIN pages ON pages.id = text.rowid' : 'pages'}
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
    const { n: total } = this.db.prepare(`SELECT count(*) AS n FROM ${from}`).get(...params) as { n: number };
    if (total === 0) return { total, rows: [] };
    const rows = (
      match
        ? this.db
            .prepare(
              `SELECT pages.*, ${SCORE} AS score, ${IN_TITLE} AS inTitle FROM ${from}
               ORDER BY inTitle DESC, score, date DESC, url LIMIT ?`,
            )
            .all(titleMatch(match), ...params, limit)
        : this.db
            .prepare(`SELECT pages.*, 0 AS score, 0 AS inTitle FROM ${from} ORDER BY date DESC, url LIMIT ?`)
            .all(...params, limit)
    ) as Row[];
    return { total, rows };
  }

  filters(into: FilterCounts): void {
    const counts = this.db
      .prepare('SELECT name, value, count(*) AS n FROM filters GROUP BY name, value')
      .all() as Array<{
      name: string;
      value: string;
      n: number;
    }>;
    for (const { name, value, n } of counts) (into[name] ??= {})[value] = (into[name][value] ?? 0) + n;
  }
}

/** The search of one release: its shards' databases, opened read-only. */
export class SearchDb {
  private readonly shards: Shard[];

  /** `shards`: how many the release's index has (default: as its shards file says). */
  constructor(releaseDir: string, shards = shardCount(releaseDir)) {
    this.shards = Array.from(
      { length: shards },
      (_, i) => new Shard(searchDbFile(releaseDir, i), path.join(releaseDir, shardFolder(i))),
    );
  }

  /** The pages matching `query` (null: every page the filters keep), the best `limit` of them. */
  search(query: string | null, filters: SearchFilters, limit: number): SearchAnswer {
    const match = query === null ? null : matchExpression(query);
    if (query !== null && match === null) return { total: 0, results: [] };
    let total = 0;
    const found: Array<Row & { shard: Shard }> = [];
    for (const shard of this.shards) {
      const answer = shard.search(match, filters, limit);
      total += answer.total;
      for (const row of answer.rows) found.push({ ...row, shard });
    }
    found.sort(better);
    const terms = query === null ? [] : queryTerms(query);
    const results = found.slice(0, limit).map(({ url, title, fragment, shard }) => {
      const { content } = readFragment(path.join(shard.pagefindDir, 'fragment', fragment));
      return { url, title, excerpt: excerpt(content, terms) };
    });
    return { total, results };
  }

  /** Counted once: a release's databases are never written. */
  private filterCounts: FilterCounts | undefined;

  /** Every filter's values with their page counts. */
  filters(): FilterCounts {
    if (this.filterCounts) return this.filterCounts;
    const counts: FilterCounts = {};
    for (const shard of this.shards) shard.filters(counts);
    return (this.filterCounts = counts);
  }

  close(): void {
    for (const shard of this.shards) shard.db.close();
  }
}
