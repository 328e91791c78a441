// The Pagefind search index of a built site, in shards.
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Searchable pages per Pagefind index. Pagefind keeps a whole index in memory while it builds it
 * (measured: 0.8 GiB for 2,700 article pages, 2.8 GiB for 11,000, and it runs out of memory near
 * 20 GiB for 110,000), so a large site is indexed in shards, one Pagefind process at a time, and
 * the search page merges them (Pagefind's mergeIndex).
 */
export const SEARCH_SHARD_PAGES = Number(process.env.SEARCH_SHARD_PAGES ?? 4000);
/** Lists the extra shards' folders for the search page, e.g. ["/pagefind-1/"]. */
export const SEARCH_SHARDS_FILE = 'pagefind/shards.json';

/** Builds the Pagefind index of a built site: <dir>/pagefind, plus <dir>/pagefind-N for further shards. */
export async function indexSearch(dir: string, shardPages = SEARCH_SHARD_PAGES): Promise<number> {
  // Only pages that mark their searchable part: a shard without any would index whole pages.
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (/^pagefind(-\d+)?\//.test(file)) continue;
    if (readFileSync(path.join(dir, file), 'utf8').includes('data-pagefind-body')) pages.push(file);
  }
  pages.sort();
  const shards = Math.max(1, Math.ceil(pages.length / shardPages));
  const size = Math.ceil(pages.length / shards);
  let indexed = 0;
  for (let shard = 0; shard < shards; shard++) {
    // The shard's pages, hard-linked into a folder of their own: Pagefind reads them from disk
    // itself (measured: twice as fast as sending each page through addHTMLFile).
    const shardDir = `${dir}.search-shard`;
    rmSync(shardDir, { recursive: true, force: true });
    try {
      for (const file of pages.slice(shard * size, (shard + 1) * size)) {
        mkdirSync(path.dirname(path.join(shardDir, file)), { recursive: true });
        linkSync(path.join(dir, file), path.join(shardDir, file));
      }
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: shardDir });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      indexed += added.page_count;
      const written = await index.writeFiles({
        outputPath: path.join(dir, shard === 0 ? 'pagefind' : `pagefind-${shard}`),
      });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await index.deleteIndex();
    } finally {
      rmSync(shardDir, { recursive: true, force: true });
      // A new Pagefind process for each shard, so the memory of one is returned before the next;
      // closing also lets a CLI run exit.
      await pagefind.close();
    }
  }
  const extra = Array.from({ length: shards - 1 }, (_, i) => `/pagefind-${i + 1}/`);
  writeFileSync(path.join(dir, SEARCH_SHARDS_FILE), `${JSON.stringify(extra)}\n`);
  return indexed;
}
