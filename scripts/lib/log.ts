/** Progress lines of long work, prefixed by the step so a reader knows where it is. */
export function step(scope: string, message: string) {
  console.log(`[${scope}] ${message}`);
}

/** Stops with what failed and what to do next. */
export function die(scope: string, message: string, hint: string): never {
  console.error(`\n[${scope}] ERROR: ${message}\n[${scope}] What to do: ${hint}`);
  process.exit(1);
}

/** Seconds since `started`, for progress lines. */
export function since(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
