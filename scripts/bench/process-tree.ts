// Peak memory of the processes a step starts (Astro, Pagefind, Hugo), read from /proc.
import { readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = tree.get(ppid) ?? [];
      list.push(Number(entry));
      tree.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return tree;
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of every descendant of this process (not this process itself), minus `exclude` subtrees. */
export function descendantsRss(exclude: number[] = [], root = process.pid): number {
  const tree = children();
  let total = 0;
  const stack = [...(tree.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (exclude.includes(pid)) continue;
    total += rssBytes(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `work` while sampling the RSS of this process's descendants every 100 ms (the Strapi
 * server, also a child here, is excluded by pid). `includeSelf` adds this process's own growth,
 * for work done in-process (the Pagefind client, the verification). With `phase`, the peak is
 * also kept per phase name (what `phase()` returns when the sample is taken), in `byPhase` when
 * given, which the caller can read while the work runs. `onSampler` gets the sampling function,
 * for a sample as a phase starts (a phase shorter than 100 ms has one too).
 */
export async function measure<T>(
  work: () => Promise<T>,
  options: {
    includeSelf?: boolean;
    exclude?: number[];
    phase?: () => string;
    byPhase?: Record<string, number>;
    onSampler?: (sample: () => void) => void;
  } = {},
): Promise<{ result: T; seconds: number; peakMiB: number; peakMiBByPhase: Record<string, number> }> {
  let peak = 0;
  const byPhase = options.byPhase ?? {};
  const base = options.includeSelf ? process.memoryUsage().rss : 0;
  const sample = () => {
    const rss =
      descendantsRss(options.exclude) + (options.includeSelf ? process.memoryUsage().rss - base : 0);
    peak = Math.max(peak, rss);
    if (options.phase) {
      const name = options.phase();
      byPhase[name] = Math.max(byPhase[name] ?? 0, rss / 1024 / 1024);
    }
  };
  const timer = setInterval(sample, 100);
  options.onSampler?.(sample);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      peakMiB: peak / 1024 / 1024,
      peakMiBByPhase: byPhase,
    };
  } finally {
    clearInterval(timer);
  }
}
