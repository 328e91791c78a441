// The worker thread of in-worker.ts: imports the module, calls the function, posts its result.
import { parentPort, workerData } from 'node:worker_threads';

const { module, name, args } = workerData as { module: string; name: string; args: unknown[] };
const exports = (await import(module)) as Record<string, (...args: unknown[]) => unknown>;
parentPort!.postMessage(await exports[name]!(...args));
