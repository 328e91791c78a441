// The child process of in-process.ts: imports the module, calls the function, answers over IPC, exits.
import type { ProcessAnswer, ProcessCall } from './in-process.ts';

const stop = new AbortController();
process.on('message', (message: ProcessCall | 'abort') => {
  if (message === 'abort') {
    stop.abort();
    return;
  }
  void import(message.module)
    .then((exports: Record<string, (...args: unknown[]) => unknown>) =>
      exports[message.name]!(...message.args, stop.signal),
    )
    .then(
      (result): ProcessAnswer => ({ result }),
      (error: Error): ProcessAnswer => ({ error: error.message, aborted: stop.signal.aborted }),
    )
    .then((answer) => process.send!(answer, () => process.disconnect()));
});
