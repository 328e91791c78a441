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

/** What a process is, for a peak's makeup: the script or program it runs, without its folder. */
function kindOf(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const script = argv.slice(1).find((arg) => /\.(m?js|ts)$/.test(arg));
    return (script ?? argv[0] ?? String(pid)).split('/').at(-1)!;
  } catch {
    return String(pid);
  }
}

/** RSS of every descendant of this process (not this process itself), minus `exclude` subtrees. */
function descendants(exclude: number[], root: number): Array<{ pid: number; bytes: number }> {
  const tree = children();
  const found: Array<{ pid: number; bytes: number }> = [];
  const stack = [...(tree.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (exclude.includes(pid)) continue;
    found.push({ pid, bytes: rssBytes(pid) });
    stack.push(...(tree.get(pid) ?? []));
  }
  return found;
}

/** This process's growth since the measure began: all of it, its JavaScript heap's, its buffers'. */
interface Growth {
  rss: number;
  /** The main thread's JavaScript heap (worker threads' heaps are not in it). */
  heap: number;
  external: number;
  /** Pages of files mapped into the process (shared libraries, memory-mapped databases). */
  files: number;
}

/** Bytes of a `kB` line of /proc/self/status (RssFile, …), 0 where there is none. */
function statusBytes(field: string): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** This process's memory now, in the terms of Growth. */
function ownMemory(): Growth {
  const { rss, heapTotal, external } = process.memoryUsage();
  return { rss, heap: heapTotal, external, files: statusBytes('RssFile') };
}

/**
 * MiB per kind of process ("astro.js ×2": two of them), largest first; then this process's growth and,
 * "of which", how much is the main thread's JavaScript heap, buffers and mapped files (the rest is
 * native memory: worker threads' heaps, SQLite, what malloc keeps after a worker has gone).
 */
function makeup(
  processes: Array<{ pid: number; bytes: number }>,
  self: Growth | null,
): Record<string, number> {
  const kinds = new Map<string, { bytes: number; count: number }>();
  for (const { pid, bytes } of processes) {
    const kind = kinds.get(kindOf(pid)) ?? { bytes: 0, count: 0 };
    kinds.set(kindOf(pid), { bytes: kind.bytes + bytes, count: kind.count + 1 });
  }
  const named = [...kinds].map(
    ([name, { bytes, count }]) => [count > 1 ? `${name} ×${count}` : name, bytes] as const,
  );
  const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const byKind = named.sort((a, b) => b[1] - a[1]).map(([name, bytes]) => [name, mib(bytes)]);
  const own =
    self && self.rss > 0
      ? [
          ['this process (growth)', mib(self.rss)],
          ['of which JavaScript heap', mib(self.heap)],
          ['of which buffers', mib(self.external)],
          ['of which mapped files', mib(self.files)],
        ]
      : [];
  return Object.fromEntries([...byKind, ...own]);
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
    /** Per phase, the processes that made its peak (MiB by kind), filled as `byPhase` is. */
    makeupByPhase?: Record<string, Record<string, number>>;
    onSampler?: (sample: () => void) => void;
  } = {},
): Promise<{ result: T; seconds: number; peakMiB: number; peakMiBByPhase: Record<string, number> }> {
  let peak = 0;
  const byPhase = options.byPhase ?? {};
  const base = options.includeSelf ? ownMemory() : null;
  const sample = () => {
    const processes = descendants(options.exclude ?? [], process.pid);
    const now = base && ownMemory();
    const self = base &&
      now && {
        rss: now.rss - base.rss,
        heap: now.heap - base.heap,
        external: now.external - base.external,
        files: now.files - base.files,
      };
    // This process below where it started (garbage it dropped since) takes nothing off the others.
    const rss = processes.reduce((total, { bytes }) => total + bytes, Math.max(0, self?.rss ?? 0));
    peak = Math.max(peak, rss);
    if (options.phase) {
      const name = options.phase();
      if (rss / 1024 / 1024 > (byPhase[name] ?? 0)) {
        byPhase[name] = rss / 1024 / 1024;
        if (options.makeupByPhase) options.makeupByPhase[name] = makeup(processes, self);
      }
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

/** Seconds of CPU (user and system) of this process and every process below it, those ended included. */
export function cpuSecondsOfTree(): number {
  const tree = children();
  const ticks = Number(process.env.CLK_TCK ?? 100);
  let total = 0;
  const stack = [process.pid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      // utime, stime, cutime, cstime: fields 14 to 17, counted after the command's closing parenthesis.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0) / ticks;
    } catch {
      // Ended since the tree was read: its time is in its parent's (once waited for).
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}
