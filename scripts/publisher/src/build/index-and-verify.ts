// After a build's pages are written: the search index, the sitemap when asked, the checks. They
// may read every page of the release, so the publisher runs them in a process of its own (in-process.ts).
import { indexSearch, type IndexSearchOptions, type SearchIndexResult } from '../search/search-index.ts';
import { refreshSitemap } from '../search/sitemap.ts';
import { timed } from './timed.ts';
import { verifyBuild } from './verify-build.ts';

/** This module, for inProcess. */
export const INDEX_AND_VERIFY = new URL(import.meta.url);

/** What indexAndVerify did, and how long its phases took. */
export interface Indexed {
  searched: SearchIndexResult;
  search: number;
  verify: number;
  /** Sitemap files written (with `sitemap`). */
  sitemap: string[];
}

/**
 * The search index of a release whose pages are written, its sitemap brought up to date when asked,
 * then its checks. With `changed` (see IndexSearchOptions), only the changed pages are looked at;
 * without, every page is read: run in a process of its own (inProcess), see in-process.ts.
 */
export async function indexAndVerify(
  dir: string,
  options: Pick<IndexSearchOptions, 'shardPages' | 'previousDir' | 'changed'> & { sitemap?: boolean },
  signal?: AbortSignal,
): Promise<Indexed> {
  const [{ searched, sitemap }, search] = await timed(async () => {
    const searched = await indexSearch(dir, { ...options, signal });
    if (!options.sitemap) return { searched, sitemap: [] };
    const [sitemap, seconds] = await timed(() => refreshSitemap(dir, options.changed));
    return { searched: { ...searched, steps: { ...searched.steps, sitemap: seconds } }, sitemap };
  });
  signal?.throwIfAborted();
  // Over a copy of a verified release whose changes are known, only what changed is parsed again.
  const written = options.changed && [...options.changed, ...searched.written, ...sitemap];
  const [, verify] = await timed(() => verifyBuild(dir, written));
  return { searched, search, verify, sitemap };
}
