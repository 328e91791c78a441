// The bench's side of publisher-process.ts: forks it and asks it to do things, one at a time.
import { fork } from 'node:child_process';
import path from 'node:path';
import type { FromPublisher, PublisherProcessOptions, ToPublisher } from './publisher-process.ts';

const ENTRY = path.join(import.meta.dirname, 'publisher-process.ts');

export function forkPublisher(options: PublisherProcessOptions, onMessage: (message: FromPublisher) => void) {
  const child = fork(ENTRY, [], {
    env: { ...process.env, BENCH_PUBLISHER: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<ToPublisher['type'], () => void>();
  let exited: Error | null = null;
  child.on('message', (message: FromPublisher) => {
    if (message.type === 'done') waiting.get(message.of)?.();
    else onMessage(message);
  });
  child.on('exit', (code, signal) => {
    exited = new Error(
      `the bench's publisher process ended (${signal ?? `exit ${code}`}); its errors are above`,
    );
    for (const fail of waiting.values()) fail();
  });
  /** Sends `message` and resolves once the publisher has done it; rejects if its process ends first. */
  const ask = (message: ToPublisher) =>
    new Promise<void>((resolve, reject) => {
      if (exited) return reject(exited);
      waiting.set(message.type, () => {
        waiting.delete(message.type);
        if (exited && message.type !== 'close') reject(exited);
        else resolve();
      });
      child.send(message);
    });
  return {
    ask,
    /** Closes its control API and renderer, and waits for the process to end. */
    close: async () => {
      if (exited) return;
      const ended = new Promise((resolve) => child.once('exit', resolve));
      await ask({ type: 'close' });
      await ended;
    },
  };
}
