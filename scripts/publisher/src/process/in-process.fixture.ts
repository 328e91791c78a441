// Functions for in-process.test.ts to call in a child process.

/** Its arguments back, with the child's process id. */
export const echo = (value: unknown) => ({ value, pid: process.pid });

/** Fails with a message. */
export function fail(): never {
  throw new Error('the fixture failed on purpose');
}

/** Waits until stopped, then rejects as an aborted call does. */
export const waitUntilStopped = (signal: AbortSignal) =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error));
  });

/** Exits without answering. */
export const vanish = () => process.exit(3);
