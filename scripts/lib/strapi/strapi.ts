import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CMS_DIR, ROOT } from '../paths.ts';
import { step } from '../log.ts';

const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const BUILD_STAMP = path.join(CMS_DIR, 'dist', '.source-hash');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Hash of everything `strapi build` reads, to skip the ~30 s build when nothing changed. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...listFiles(path.join(CMS_DIR, 'src')),
    ...listFiles(path.join(CMS_DIR, 'config')),
    path.join(CMS_DIR, 'package.json'),
    path.join(CMS_DIR, 'tsconfig.json'),
    path.join(ROOT, 'package-lock.json'),
  ];
  // Paths from the checkout's root: a copy of the checkout elsewhere has the same build.
  for (const file of files.sort()) hash.update(path.relative(ROOT, file)).update(readFileSync(file));
  return hash.digest('hex');
}

const BUILD_ENV = { NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' };
const BUILD_NOTE = 'building Strapi (server and admin panel, about 30-60 s)';

/** The sources' hash when they changed since the last build (a build is due), else null. */
function buildDue(): string | null {
  const hash = sourceHash();
  return existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, 'utf8') === hash ? null : hash;
}

/** Records a finished `strapi build`, or throws with what to do. */
function builtCms(status: number | null, hash: string, started: number): { built: boolean; seconds: number } {
  if (status !== 0) {
    throw new Error(
      `strapi build failed (exit ${status}): read the errors above, fix cms/src, and run again.`,
    );
  }
  writeFileSync(BUILD_STAMP, hash);
  const seconds = (performance.now() - started) / 1000;
  step('cms', `built in ${seconds.toFixed(1)} s`);
  return { built: true, seconds };
}

/** Builds the CMS (server TypeScript and admin panel) unless the last build is of the same sources. */
export function buildCms(): { built: boolean; seconds: number } {
  const hash = buildDue();
  if (!hash) return { built: false, seconds: 0 };
  step('cms', `${BUILD_NOTE} ...`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [STRAPI_BIN, 'build'], {
    cwd: CMS_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...BUILD_ENV },
  });
  return builtCms(result.status, hash, started);
}

/**
 * buildCms in a child process that runs beside other work (the type checks), its output written to
 * `logFile`; a failed build rejects with the log's last lines.
 */
export async function buildCmsInBackground(logFile: string): Promise<{ built: boolean; seconds: number }> {
  const hash = buildDue();
  if (!hash) return { built: false, seconds: 0 };
  step('cms', `${BUILD_NOTE} beside the checks; its output: ${path.relative(ROOT, logFile)} ...`);
  const started = performance.now();
  mkdirSync(path.dirname(logFile), { recursive: true });
  const output = openSync(logFile, 'w');
  const child = spawn(process.execPath, [STRAPI_BIN, 'build'], {
    cwd: CMS_DIR,
    stdio: ['ignore', output, output],
    env: { ...process.env, ...BUILD_ENV },
  });
  closeSync(output);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (status !== 0) process.stderr.write(readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n'));
  return builtCms(status, hash, started);
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls Strapi's health endpoint until it answers 204. */
async function waitForHealth(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Strapi did not answer ${url}/_health within ${timeoutMs / 1000} s`);
}

export interface RunningStrapi {
  url: string;
  port: number;
  process: ChildProcess;
  /** Seconds from spawn to ready (bootstrap done, seed included). */
  startSeconds: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** Print the [provision] and [seed] lines to this process's stdout. */
  echo?: boolean;
  timeoutMs?: number;
}

/**
 * Starts `strapi start` as a child process and resolves once its bootstrap reports ready.
 * All output goes to `logFile`; provisioning and seed progress lines are echoed when asked.
 */
export function startStrapi(options: StartOptions): Promise<RunningStrapi> {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const started = performance.now();
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${options.port}`;
  const tail: string[] = [];

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(
        new Error(
          `Strapi did not become ready within ${(options.timeoutMs ?? 180_000) / 1000} s; ` +
            `log: ${options.logFile}\n${tail.join('\n')}`,
        ),
      );
    }, options.timeoutMs ?? 180_000);

    for (const stream of [child.stdout!, child.stderr!]) {
      stream.pipe(log, { end: false });
      createInterface({ input: stream }).on('line', (line) => {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (options.echo && /^\[(provision|seed|media)\]/.test(line)) console.log(line);
        // Bootstrap is done; the HTTP server listens a moment later.
        if (line === '[provision] ready') {
          void waitForHealth(url).then(() => {
            clearTimeout(timer);
            resolve({
              url,
              port: options.port,
              process: child,
              startSeconds: (performance.now() - started) / 1000,
              stop,
            });
          }, reject);
        }
      });
    }
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Strapi exited (${signal ?? `code ${code}`}) before it was ready; ` +
            `log: ${options.logFile}\n${tail.join('\n')}`,
        ),
      );
    });
  });
}

/**
 * Runs a Strapi CLI command (`export`, `import` ...) in the CMS folder with this process's
 * environment, its output shown as it comes; rejects when it fails.
 */
export function runStrapiCommand(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [STRAPI_BIN, ...args], {
      cwd: CMS_DIR,
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`strapi ${args[0]} failed (exit ${code}); see its output above`)),
    );
  });
}
