// Writes one shard's search database (search-db.ts) in a worker thread: the publisher's thread,
// which also serves the live site, goes on, and Pagefind indexes the next shard meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { writeShardDb } from './search-db.ts';

const { pagefindDir, dbFile } = workerData as { pagefindDir: string; dbFile: string };
parentPort!.postMessage(writeShardDb(pagefindDir, dbFile));
