// One release's search, in a worker thread of the static server: the release's search databases
// (search-db.ts), one per Pagefind shard, queried synchronously here so the server's own thread
// never waits on them. A reader gets 20 results in a few kilobytes instead of downloading megabytes
// of index on a slow phone.
import { parentPort, workerData } from 'node:worker_threads';
import type { FilterCounts, SearchAnswer } from 'shared-types/search-api';
import { SearchDb } from './search-db.ts';
import type { SearchReply, SearchRequest } from './site-search.ts';

const { releaseDir } = workerData as { releaseDir: string };

let db: SearchDb | undefined;

function answer(request: SearchRequest): SearchAnswer | FilterCounts {
  // A release without an index answers each request with the error, from the first on.
  db ??= new SearchDb(releaseDir);
  return request.kind === 'filters' ? db.filters() : db.search(request.query, request.filters, request.limit);
}

parentPort!.on('message', (request: SearchRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, result: answer(request) } satisfies SearchReply);
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      error: (error as Error).message ?? String(error),
    } satisfies SearchReply);
  }
});
