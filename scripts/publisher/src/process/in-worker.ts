// Runs a synchronous function of one of the publisher's modules in a worker thread: work that
// would hold the publisher's thread for seconds (it also serves the live site) runs beside it.
import { Worker } from 'node:worker_threads';

/** Calls `module`'s export `name` with `args` in a new worker thread; resolves with what it returns. */
export function inWorker<T>(module: URL, name: string, args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./in-worker-entry.ts', import.meta.url), {
      workerData: { module: module.href, name, args },
    });
    let answered = false;
    worker.on('message', (value: T) => {
      answered = true;
      resolve(value);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!answered) reject(new Error(`${name} in a worker thread stopped (exit ${code}) without an answer`));
    });
  });
}
