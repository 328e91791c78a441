// `npm test`: type checks beside the CMS build, then the whole Vitest suite (unit, CMS on SQLite, and
// on PostgreSQL when TEST_DATABASE_URL is set). Ends with a plain "N passed, N failed" line.
// `npm test -- --project unit` runs the unit tests alone, without the build and checks.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { die, since, step } from './lib/log.ts';
import { DATA_DIR, ROOT } from './lib/paths.ts';
import { buildCmsInBackground } from './lib/strapi/strapi.ts';
import { ensureSystemPackages } from './lib/checks/system-deps.ts';
import { typecheck } from './lib/checks/typecheck.ts';

const started = performance.now();
const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

/**
 * The suite as two Vitest runs side by side, one per core: the CMS projects (each on a Strapi of its
 * own, waiting on it most of the time) beside the rest (Astro builds, Chromium, the publisher), whose
 * builds still never run two at once. Vitest itself runs projects without file parallelism one after
 * another.
 */
const TEST_LANES = [
  { name: 'cms-suite', args: ['--project', 'cms-*'] },
  { name: 'site-suite', args: ['--project', '!cms-*'] },
];

interface LaneTotals {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * One Vitest run: its output passed on line by line (prefixed with the lane's name when runs go
 * side by side), its counts read from its JSON report. A run that writes none counts as one failure.
 */
async function runLane(lane: { name: string; args: string[] }, prefixed: boolean): Promise<LaneTotals> {
  const results = path.join(DATA_DIR, `vitest-results-${lane.name}.json`);
  rmSync(results, { force: true });
  const child = spawn(
    process.execPath,
    [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...lane.args],
    { cwd: ROOT, stdio: ['ignore', prefixed ? 'pipe' : 'inherit', prefixed ? 'pipe' : 'inherit'] },
  );
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const)
    if (from) createInterface({ input: from }).on('line', (line) => to.write(`[${lane.name}] ${line}\n`));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (!existsSync(results)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(results, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  const failedSuites = report.numFailedTests === 0 ? report.numFailedTestSuites : 0;
  return {
    passed: report.numPassedTests,
    // A run that exits badly with every test passed (a global setup that failed, a hanging worker).
    failed: report.numFailedTests + failedSuites || (code === 0 ? 0 : 1),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** The projects the user's arguments select (`--project unit`), or null for all of them. */
function selectedProjects(args: string[]): string[] | null {
  const projects = args.flatMap((arg, i) =>
    arg === '--project' ? [args[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice(10)] : [],
  );
  return projects.length > 0 ? projects : null;
}

// The unit tests need no CMS build, no type checks and no browser: `npm test -- --project unit`
// runs them alone, in seconds.
const quick = selectedProjects(process.argv.slice(2))?.every((project) => project === 'unit') ?? false;

let typeFailures = 0;
if (!quick) {
  // The CMS build (a minute or two, several threads) runs while the checks (one thread) do.
  const cmsBuild = buildCmsInBackground(path.join(DATA_DIR, 'cms-build.log'));
  cmsBuild.catch(() => undefined);

  typeFailures = typecheck().length;

  const missingPackages = ensureSystemPackages();
  if (missingPackages) die('test', missingPackages, 'install them, then run `npm test` again.');

  try {
    await cmsBuild;
  } catch (error) {
    die('test', (error as Error).message, 'fix the CMS build, then run `npm test` again.');
  }
}

mkdirSync(DATA_DIR, { recursive: true });
const databases = process.env.TEST_DATABASE_URL
  ? ' (SQLite and PostgreSQL)'
  : ' (SQLite; set TEST_DATABASE_URL to add PostgreSQL)';
// Arguments of the user's (a file, `--project unit`): one run with them, as they asked.
const lanes = process.argv.length > 2 ? [{ name: 'vitest', args: process.argv.slice(2) }] : TEST_LANES;
step('test', `vitest${databases}${lanes.length > 1 ? `, in ${lanes.length} runs side by side` : ''} ...`);
const totals = await Promise.all(lanes.map((lane) => runLane(lane, lanes.length > 1)));
const passed = totals.reduce((n, lane) => n + lane.passed, 0);
const failed = typeFailures + totals.reduce((n, lane) => n + lane.failed, 0);
const skipped = totals.reduce((n, lane) => n + lane.skipped, 0);
step('test', `finished in ${since(started)}${typeFailures ? `; ${typeFailures} type check(s) failed` : ''}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
