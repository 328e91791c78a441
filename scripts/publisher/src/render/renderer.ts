// The resident renderer: the live release's server build, kept running in a child process
// (renderer-process.ts). It serves previews on the preview port, and renders the pages of an edit
// for the publisher's fast path on a loopback port of its own. Each release with a new server
// build (a full build) gets a fresh renderer (its data is that release's published site); the old
// one stops only once the new one answers. A release made by the fast path shares its server
// build with the one before (hard links), and keeps the renderer, whose data already has the edit;
// the renderer serves that release's files from then on.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FAST_RENDER_PATH,
  FAST_RENDER_SECRET_HEADER,
  type ChangedEntries,
  type FastRenderFailure,
  type FastRenderResult,
} from 'shared-types';

export type { FastRenderResult } from 'shared-types';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer-process.ts');
/** How long a new renderer may take to load a release's data before it counts as failed. */
const START_TIMEOUT_MS = 120_000;
/** How long a stopping renderer may take to finish its requests and let its connections close. */
const STOP_TIMEOUT_MS = 15_000;

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

/** The renderer would not render this change the way a build would; a build does it instead. */
export class FastRenderRefused extends Error {
  override name = 'FastRenderRefused';
}

/** Whether two releases run the same server build (a fast path's release hard-links its parent's). */
function sameServerBuild(a: string, b: string): boolean {
  try {
    return statSync(serverEntry(a)).ino === statSync(serverEntry(b)).ino;
  } catch {
    return false;
  }
}

/** Tells a running renderer to serve the site's files from another release; resolves once it does. */
function moveFiles(child: ChildProcess, releaseDir: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      child.off('message', answer);
      child.off('exit', done);
      resolve();
    };
    const answer = (message: unknown) => {
      if ((message as { serving?: string } | null)?.serving === releaseDir) done();
    };
    child.on('message', answer);
    child.once('exit', done);
    child.send({ release: releaseDir });
  });
}

export class Renderer {
  private child: ChildProcess | null = null;
  private release: string | null = null;
  /** The child's loopback port for the fast path. */
  private internalPort = 0;
  /** Given to each child: only the publisher can ask it to render into a release. */
  private readonly secret = randomBytes(24).toString('hex');
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
    if (this.child && this.release && sameServerBuild(releaseDir, this.release)) {
      // Its files are served from the new folder: the one the child loaded is pruned in time.
      await moveFiles(this.child, releaseDir);
      this.release = releaseDir;
      return;
    }
    const entry = serverEntry(releaseDir);
    if (!existsSync(entry))
      throw new Error(`no server build in ${releaseDir}: rebuild the site (npm run publish)`);
    const started = performance.now();
    const child = fork(CHILD, [entry, this.options.host, String(this.port)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ...this.options.env, SITE_RENDER_SECRET: this.secret },
    });
    type Ready = { ready: number; internalPort: number; warmMs: number; heapMiB: number; rssMiB: number };
    const { ready, internalPort, warmMs, heapMiB, rssMiB } = await new Promise<Ready>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`the preview renderer did not start within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      child.once('message', (message) => {
        clearTimeout(timer);
        resolve(message as Ready);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the preview renderer exited (${code}) before it was ready; see the lines above`));
      });
    });
    child.removeAllListeners('exit');
    this.port = ready;
    this.internalPort = internalPort;
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
      `preview renderer ready in ${seconds} s (data loaded in ${(warmMs / 1000).toFixed(1)} s; ` +
        `${rssMiB} MiB, ${heapMiB} MiB of it JavaScript objects) for ${path.basename(releaseDir)}`,
    );
  }

  /**
   * Renders the pages showing the changed entries into `outDir` (a hard-linked copy of the release
   * being served). Rejects with FastRenderRefused when the renderer cannot, or is not serving
   * `liveDir`: its data would not be the live site's.
   */
  async render(changes: ChangedEntries, outDir: string, liveDir: string): Promise<FastRenderResult> {
    // A release that just went live may still be loading: it is the one to render from.
    await this.queue;
    if (!this.child || this.release !== liveDir)
      throw new FastRenderRefused('the renderer is not serving the live release yet');
    const response = await fetch(`http://127.0.0.1:${this.internalPort}${FAST_RENDER_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [FAST_RENDER_SECRET_HEADER]: this.secret },
      body: JSON.stringify({ changes, outDir }),
    });
    if (response.ok) return (await response.json()) as FastRenderResult;
    const answer = (await response.json().catch(() => ({}))) as Partial<FastRenderFailure>;
    const why = answer.error ?? `HTTP ${response.status}`;
    throw answer.refused ? new FastRenderRefused(why) : new Error(`the renderer failed: ${why}`);
  }

  /** Stops a renderer replaced by a new one gracefully; on `shutdown`, its idle connections at once. */
  private stopChild(child: ChildProcess | null, shutdown = false) {
    if (!child || child.exitCode !== null) return;
    child.send(shutdown ? 'shutdown' : 'stop');
    // It exits once its keep-alive connections have timed out (5 s); one stuck in a request is not
    // waited for beyond that.
    setTimeout(() => child.kill(), STOP_TIMEOUT_MS).unref();
  }

  /** Stops the renderer (after a load under way). */
  async close() {
    this.closed = true;
    await this.queue;
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.stopChild(child, true);
    await exited;
  }
}
