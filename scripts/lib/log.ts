/** Progress lines of long work, prefixed by the step so a reader knows where it is. */
export function step(scope: string, message: string) {
  console.log(`[${scope}] ${message}`);
}

export { die } from 'shared-types/runtime';

/** Seconds since `started`, for progress lines. */
export function since(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
