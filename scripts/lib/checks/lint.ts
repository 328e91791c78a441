// Style checks: ESLint and Prettier over the repository.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { step } from '../log.ts';
import { ROOT } from '../paths.ts';

const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const PRETTIER = path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');

/** ESLint and Prettier over the repository; with `fix`, they rewrite what they can. */
export function lint(fix = false): string[] {
  const failed: string[] = [];
  step('lint', `eslint${fix ? ' --fix' : ''} ...`);
  if (
    spawnSync(process.execPath, [ESLINT, '.', ...(fix ? ['--fix'] : [])], { cwd: ROOT, stdio: 'inherit' })
      .status !== 0
  )
    failed.push('eslint');
  step('lint', `prettier ${fix ? '--write' : '--check'} ...`);
  if (
    spawnSync(process.execPath, [PRETTIER, fix ? '--write' : '--check', '--log-level', 'warn', '.'], {
      cwd: ROOT,
      stdio: 'inherit',
    }).status !== 0
  )
    failed.push('prettier (run `npm run format`)');
  return failed;
}
