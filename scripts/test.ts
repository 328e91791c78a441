// `npm test`: type checks beside the CMS build, then the whole Vitest suite (unit, CMS on SQLite, and
// on PostgreSQL when TEST_DATABASE_URL is set). Ends with a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { die, since, step } from './lib/log.ts';
import { DATA_DIR, ROOT } from './lib/paths.ts';
import { buildCmsInBackground } from './lib/strapi.ts';
import { ensureSystemPackages } from './lib/system-deps.ts';
import { typecheck } from './lib/typecheck.ts';

const started = performance.now();
const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const results = path.join(DATA_DIR, 'vitest-results.json');

// The CMS build (a minute or two, several threads) runs while the checks (one thread) do.
const cmsBuild = buildCmsInBackground(path.join(DATA_DIR, 'cms-build.log'));
cmsBuild.catch(() => undefined);

const typeFailures = typecheck().length;

const missingPackages = ensureSystemPackages();
if (missingPackages) die('test', missingPackages, 'install them, then run `npm test` again.');

try {
  await cmsBuild;
} catch (error) {
  die('test', (error as Error).message, 'fix the CMS build, then run `npm test` again.');
}

mkdirSync(DATA_DIR, { recursive: true });
rmSync(results, { force: true });
const databases = process.env.TEST_DATABASE_URL
  ? ' (SQLite and PostgreSQL)'
  : ' (SQLite; set TEST_DATABASE_URL to add PostgreSQL)';
step('test', `vitest${databases} ...`);
const run = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);

let passed = 0;
let failed = typeFailures;
let skipped = 0;
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  passed = report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  skipped = report.numPendingTests + report.numTodoTests;
} else {
  failed += 1;
}
step('test', `finished in ${since(started)}${typeFailures ? `; ${typeFailures} type check(s) failed` : ''}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || run.status !== 0 || passed === 0 ? 1 : 0);
