// The resident preview renderer: the live release's server build, kept running in a child process
// (renderer-process.ts) on the preview port. Each release that goes live gets a fresh renderer
// (its data is that release's published site); the old one stops only once the new one answers.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer-process.ts');
/** How long a new renderer may take to load a release's data before it counts as failed. */
const START_TIMEOUT_MS = 120_000;

export interface RendererOptions {
  host: string;
  port: number;
  /** What the site's code reads at run time as at build time: STRAPI_URL, the token, DATA_DIR, SITE_URL. */
  env: Record<string, string>;
  log?: (message: string) => void;
}

/** The server build of a release folder. */
export function serverEntry(releaseDir: string): string {
  return path.join(releaseDir, '_server', 'entry.mjs');
}

export class Renderer {
  private child: ChildProcess | null = null;
  private release: string | null = null;
  /** Serialises loads: a release that goes live while one is loading waits its turn. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  /** The port the renderer listens on (the configured one, or the one picked for port 0). */
  port: number;

  private readonly options: RendererOptions;

  constructor(options: RendererOptions) {
    this.options = options;
    this.port = options.port;
  }

  /** The release folder being served, or null before the first load. */
  get serving(): string | null {
    return this.release;
  }

  /** Starts a renderer for a release and stops the previous one once it answers. */
  load(releaseDir: string): Promise<void> {
    const next = this.queue.then(() => this.swap(releaseDir));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async swap(releaseDir: string) {
    if (this.closed || releaseDir === this.release) return;
    const entry = serverEntry(releaseDir);
    if (!existsSync(entry))
      throw new Error(`no server build in ${releaseDir}: rebuild the site (npm run publish)`);
    const started = performance.now();
    const child = fork(CHILD, [entry, this.options.host, String(this.port)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ...this.options.env },
    });
    const { ready, warmMs } = await new Promise<{ ready: number; warmMs: number }>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`the preview renderer did not start within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      child.once('message', (message) => {
        clearTimeout(timer);
        resolve(message as { ready: number; warmMs: number });
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the preview renderer exited (${code}) before it was ready; see the lines above`));
      });
    });
    child.removeAllListeners('exit');
    this.port = ready;
    const previous = this.child;
    this.child = child;
    this.release = releaseDir;
    child.once('exit', (code) => {
      if (this.child !== child) return;
      this.child = null;
      this.release = null;
      this.options.log?.(`preview renderer stopped (${code}); it restarts with the next release`);
    });
    this.stopChild(previous);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    this.options.log?.(
      `preview renderer ready in ${seconds} s (data loaded in ${(warmMs / 1000).toFixed(1)} s) ` +
        `for ${path.basename(releaseDir)}`,
    );
  }

  private stopChild(child: ChildProcess | null) {
    if (!child || child.exitCode !== null) return;
    child.send('stop');
    // A renderer stuck in a request is not waited for beyond a few seconds.
    setTimeout(() => child.kill(), 5000).unref();
  }

  /** Stops the renderer (after a load under way). */
  async close() {
    this.closed = true;
    await this.queue;
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.stopChild(child);
    await exited;
  }
}
