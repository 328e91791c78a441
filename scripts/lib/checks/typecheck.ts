// Static checks: lint (ESLint, Prettier) over the repository, and type checks of every workspace:
// tsc for scripts, shared-types and tests; tsc for the CMS;
// `astro check` for the site (.astro and .ts). The site's collections are synced from an empty
// local content folder, so checking needs no running Strapi.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from './lint.ts';
import { step } from '../log.ts';
import { ROOT, SITE_DIR } from '../paths.ts';

const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs each check; returns the names of those that failed. */
export function typecheck(): string[] {
  const failed: string[] = lint();
  for (const project of [
    'tsconfig.json',
    'cms/tsconfig.json',
    'cms/tsconfig.test.json',
    'cms/src/admin/tsconfig.json',
  ]) {
    step('typecheck', `tsc -p ${project} ...`);
    if (
      spawnSync(process.execPath, [TSC, '--noEmit', '-p', project], { cwd: ROOT, stdio: 'inherit' })
        .status !== 0
    )
      failed.push(project);
  }
  const content = mkdtempSync(path.join(tmpdir(), 'wup-check-'));
  try {
    mkdirSync(path.join(content, 'articles'));
    for (const name of [
      'organisations',
      'pledges',
      'projects',
      'videos',
      'pages',
      'documents',
      'leaders',
      'tags',
      'settings',
      'menu',
    ])
      writeFileSync(path.join(content, `${name}.json`), '[]');
    step('typecheck', 'astro check (site) ...');
    const result = spawnSync(process.execPath, [ASTRO, 'check', '--minimumSeverity', 'warning'], {
      cwd: SITE_DIR,
      stdio: 'inherit',
      env: {
        ...process.env,
        CONTENT_DIR: content,
        DATA_DIR: path.join(content, 'data'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    if (result.status !== 0) failed.push('site (astro check)');
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
  return failed;
}
