// One release's search, in a worker thread of the static server: Pagefind's own search code (the
// release's pagefind.js, the one readers' browsers run) with every shard merged, reading the index
// from disk instead of over the network. A reader then gets 20 results in a few kilobytes instead
// of downloading megabytes of index on a slow phone. The worker's globals are its own: the fetch
// that reads `file:` URLs is installed here only, and each release gets a fresh Pagefind.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { FilterCounts, SearchAnswer } from 'shared-types/search-api';
import type { SearchReply, SearchRequest } from './site-search.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface PagefindModule {
  options(options: object): Promise<void>;
  mergeIndex(basePath: string, options: object): Promise<void>;
  search(term: string | null, options: object): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<FilterCounts>;
}

const { releaseDir, shardsFile } = workerData as { releaseDir: string; shardsFile: string };

const networkFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith('file:')) return networkFetch(input, init);
  try {
    // Pagefind adds ?ts=… to its entry file to dodge browser caches.
    return new Response(await readFile(fileURLToPath(url.replace(/\?.*$/, ''))));
  } catch {
    return new Response(null, { status: 404 });
  }
};

const folder = (urlPath: string) =>
  `${pathToFileURL(path.join(releaseDir, urlPath)).href.replace(/\/?$/, '/')}`;
const options = { exactDiacritics: false, baseUrl: '/' };

async function open(): Promise<PagefindModule> {
  const base = folder('/pagefind/');
  const pagefind = (await import(`${base}pagefind.js`)) as PagefindModule;
  await pagefind.options({ ...options, basePath: base });
  const shards = JSON.parse(readFileSync(path.join(releaseDir, shardsFile), 'utf8')) as string[];
  await Promise.all(shards.map((shard) => pagefind.mergeIndex(folder(shard), options)));
  return pagefind;
}

const ready = open();
// A release without an index answers each request with the error, from the first on.
ready.catch(() => undefined);

async function answer(request: SearchRequest): Promise<SearchAnswer | FilterCounts> {
  const pagefind = await ready;
  if (request.kind === 'filters') return pagefind.filters();
  const { results } = await pagefind.search(request.query, { filters: request.filters });
  const shown = await Promise.all(results.slice(0, request.limit).map((result) => result.data()));
  return {
    total: results.length,
    results: shown.map(({ url, excerpt, meta }) => ({ url, title: meta.title ?? url, excerpt })),
  };
}

parentPort!.on('message', (request: SearchRequest) => {
  answer(request).then(
    (result) => parentPort!.postMessage({ id: request.id, result } satisfies SearchReply),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        error: (error as Error).message ?? String(error),
      } satisfies SearchReply),
  );
});
