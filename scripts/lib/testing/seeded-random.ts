// Random choices that a seed repeats (mulberry32): a test or a benchmark that edits at random can be
// replayed exactly from the seed it prints.

export function seededRandom(seed: number) {
  let state = seed;
  /** A number in [0, 1). */
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(random() * n);
  /** One of `items`. */
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  /** Each of `items` with the given chance. */
  const some = <T>(items: readonly T[], chance: number) => items.filter(() => random() < chance);
  /** A moment (ISO, to the second) in one of the years `from` to `to`. */
  const date = (from: number, to: number) =>
    new Date(
      Date.UTC(from + below(to - from + 1), below(12), 1 + below(28), 1 + below(22), below(60), below(60)),
    ).toISOString();
  return { random, pick, some, date };
}
