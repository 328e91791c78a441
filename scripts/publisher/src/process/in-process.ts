// Runs an async function of one of the publisher's modules in a child process that exits once it
// has answered: work that reads a whole release (the search index, the sitemap, the checks) leaves
// the publisher's own memory where it was. In the publisher's process it did not: V8 keeps the heap
// it grew and the workers' allocations stay mapped, so each search refresh at 10,000 articles added
// about 200 MB that stayed, and the publisher held 1.3-1.4 GB at 100,000.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the parent sends: the call, then, should it be stopped, 'abort'. */
export interface ProcessCall {
  module: string;
  name: string;
  args: unknown[];
}
/** What the child answers, once. */
export type ProcessAnswer = { result: unknown } | { error: string; aborted: boolean };

const CHILD = fileURLToPath(new URL('./in-process-child.ts', import.meta.url));

/**
 * Calls `module`'s export `name` with `args` and, last, an AbortSignal of the child's own, in a new
 * child process. `signal` aborts that one (the function stops its own children, as Pagefind's), and
 * the call rejects with the signal's reason. Arguments and result go over IPC (JSON-like values).
 */
export function inProcess<T>(module: URL, name: string, args: unknown[], signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted();
  const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // A child that has just ended cannot be told: its answer (or its exit) settles the call anyway.
  const abort = () => child.connected && child.send('abort', () => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  return new Promise<T>((resolve, reject) => {
    child.once('message', (answer: ProcessAnswer) => {
      if ('result' in answer) resolve(answer.result as T);
      else reject(answer.aborted && signal?.aborted ? signal.reason : new Error(answer.error));
    });
    child.once('exit', (code, by) =>
      reject(new Error(`${name} in a child process stopped (${by ?? `exit ${code}`}) without an answer`)),
    );
    child.send({ module: module.href, name, args } satisfies ProcessCall);
  }).finally(() => signal?.removeEventListener('abort', abort));
}
