// Search on the server, for the search page: the live release's search databases (search-db.ts,
// built from its Pagefind shards) searched in a worker thread (site-search-worker.ts), answered as
// the 20 results a page shows. At 100,000 articles a query in the browser downloads megabytes of
// index from 26 shards (21 s on slow 4G); from here it is a few kilobytes. The page falls back to
// Pagefind in the browser when the site is served by a plain static server, which has no /api/.
import { realpathSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { SEARCH_RESULTS_SHOWN, type FilterCounts, type SearchAnswer } from 'shared-types/search-api';
import type { SearchFilters } from './search-db.ts';

export type { SearchFilters };

/** What the worker is asked. */
export type SearchQuestion =
  { kind: 'filters' } | { kind: 'search'; query: string | null; filters: SearchFilters; limit: number };
export type SearchRequest = SearchQuestion & { id: number };
export interface SearchReply {
  id: number;
  result?: unknown;
  error?: string;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface ReleaseWorker {
  release: string;
  worker: Worker;
  pending: Map<number, Pending>;
}

/** The live release's search: a worker per release, started when the release is first asked (or warmed). */
export class SiteSearch {
  private live: ReleaseWorker | null = null;
  private nextId = 0;

  /** The `current` symlink; it is resolved at each request, so a swap is followed. */
  private readonly currentDir: string;

  constructor(currentDir: string) {
    this.currentDir = currentDir;
  }

  private workerFor(): ReleaseWorker {
    const release = realpathSync(this.currentDir);
    if (this.live?.release === release) return this.live;
    const previous = this.live;
    const worker = new Worker(new URL('./site-search-worker.ts', import.meta.url), {
      workerData: { releaseDir: release },
    });
    const entry: ReleaseWorker = { release, worker, pending: new Map() };
    const failAll = (error: Error) => {
      for (const { reject } of entry.pending.values()) reject(error);
      entry.pending.clear();
      if (this.live === entry) this.live = null;
    };
    worker.on('message', (reply: SearchReply) => {
      const waiting = entry.pending.get(reply.id);
      entry.pending.delete(reply.id);
      if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
      if (entry !== this.live && entry.pending.size === 0) void worker.terminate();
    });
    worker.on('error', failAll);
    worker.on('exit', () => failAll(new Error('the search worker stopped')));
    this.live = entry;
    // The previous release's worker answers what it was asked, then goes.
    if (previous && previous.pending.size === 0) void previous.worker.terminate();
    return entry;
  }

  private async ask<T>(request: SearchQuestion): Promise<T> {
    // No live release yet: a rejection (ENOENT), as every other failure.
    const { worker, pending } = this.workerFor();
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  }

  /** The pages matching `query` (null: every page the filters keep), the best SEARCH_RESULTS_SHOWN of them. */
  search(query: string | null, filters: SearchFilters = {}): Promise<SearchAnswer> {
    return this.ask({ kind: 'search', query, filters, limit: SEARCH_RESULTS_SHOWN });
  }

  /** Every filter's values with their page counts. */
  filters(): Promise<FilterCounts> {
    return this.ask({ kind: 'filters' });
  }

  /** Loads the live release's index now (after a swap), so that the first reader does not wait for it. */
  warm(): void {
    this.filters().catch(() => undefined);
  }

  async close(): Promise<void> {
    const live = this.live;
    this.live = null;
    await live?.worker.terminate();
  }
}
