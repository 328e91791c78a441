// How long a phase of a build took.

/** Seconds since `start` (a performance.now() reading). */
export const since = (start: number) => (performance.now() - start) / 1000;

/** Runs one phase of a build: its result, and how many seconds it took. */
export async function timed<T>(phase: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await phase();
  return [result, since(start)];
}
