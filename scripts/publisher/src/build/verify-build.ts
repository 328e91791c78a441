// Checks that a built site is whole before it is swapped in.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { SEARCH_SHARDS_FILE, SHARD_ENTRY } from '../search/search-db.ts';

/**
 * Refuses a build that lacks the home page, a feed, the sitemap or the search index, or whose XML
 * does not parse. With `written` (a fast render over a verified release), only those files' XML is
 * parsed again.
 */
export function verifyBuild(dir: string, written?: string[]) {
  const required = [
    'index.html',
    'rss.xml',
    'video/rss.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'sitemap-news.xml',
    'tin-tuc/index.html',
    'pagefind/pagefind.js',
    '404.html',
  ];
  const shards = existsSync(path.join(dir, SEARCH_SHARDS_FILE))
    ? (JSON.parse(readFileSync(path.join(dir, SEARCH_SHARDS_FILE), 'utf8')) as string[])
    : null;
  if (!shards) throw new Error(`verification failed: ${SEARCH_SHARDS_FILE} is missing`);
  required.push(...shards.map((shard) => `${shard.slice(1)}${SHARD_ENTRY}`));
  for (const file of required) {
    const full = path.join(dir, file);
    if (!existsSync(full) || statSync(full).size === 0)
      throw new Error(`verification failed: ${file} is missing or empty`);
  }
  const home = readFileSync(path.join(dir, 'index.html'), 'utf8');
  if (!home.includes('<html lang="vi"') || !home.includes('Tâm điểm'))
    throw new Error('verification failed: index.html is not the home page');
  const xmlFiles = written
    ? written.filter((file) => file.endsWith('.xml'))
    : ['rss.xml', 'video/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'sitemap-news.xml'];
  for (const dirName of written ? [] : ['to-chuc', 'de-an']) {
    for (const slug of readdirSync(path.join(dir, dirName))) {
      const feed = path.join(dirName, slug, 'rss.xml');
      if (existsSync(path.join(dir, feed))) xmlFiles.push(feed);
    }
  }
  for (const file of xmlFiles) {
    const result = XMLValidator.validate(readFileSync(path.join(dir, file), 'utf8'));
    if (result !== true)
      throw new Error(
        `verification failed: ${file} is not well-formed XML (${result.err.msg} at line ${result.err.line})`,
      );
  }
}
