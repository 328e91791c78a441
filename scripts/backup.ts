// `npm run backup [-- --out <file>] [--with-secrets]`: one archive of everything this install needs
// to come back: the content of every type with drafts and publish state, relations, uploads and
// settings (Strapi's own export), the admin users and roles, and with --with-secrets the secrets,
// encrypted with BACKUP_PASSPHRASE. Reads the database the CMS is configured for (DATABASE_*).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentCounts, readAdminAccounts } from './lib/strapi/admin-accounts.ts';
import {
  ADMIN_MEMBER,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  CONTENT_MEMBER,
  encryptSecrets,
  schemaFingerprint,
  SECRETS_MEMBER,
  writeArchive,
} from './lib/content/backup-archive.ts';
import { installSecrets, useMaintenanceCmsEnv } from './lib/strapi/cms-env.ts';
import { withLoadedStrapi } from './lib/strapi/loaded-strapi.ts';
import { die, since, step } from './lib/log.ts';
import { CMS_DIR, DATA_DIR } from './lib/paths.ts';
import { buildCms, runStrapiCommand } from './lib/strapi/strapi.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, 'with-secrets': { type: 'boolean', default: false } },
});
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = path.resolve(values.out ?? path.join(DATA_DIR, 'backups', `wup-backup-${stamp}.tar`));
const passphrase = process.env.BACKUP_PASSPHRASE ?? '';
if (values['with-secrets'] && passphrase.length < 12)
  die('backup', '--with-secrets needs BACKUP_PASSPHRASE (at least 12 characters)', 'set it and run again.');

const started = performance.now();
const work = mkdtempSync(path.join(tmpdir(), 'wup-backup-'));
try {
  buildCms();
  useMaintenanceCmsEnv();
  step('backup', '[1/3] reading the admin accounts and counting the content ...');
  const { counts, accounts } = await withLoadedStrapi(async (strapi) => ({
    counts: await contentCounts(strapi),
    accounts: await readAdminAccounts(strapi),
  }));
  writeFileSync(path.join(work, ADMIN_MEMBER), `${JSON.stringify(accounts, null, 2)}\n`);
  step('backup', `[2/3] exporting content, relations, uploads and settings (strapi export) ...`);
  await runStrapiCommand([
    'export',
    '--no-encrypt',
    '--file',
    path.join(work, CONTENT_MEMBER.replace(/\.tar\.gz$/, '')),
  ]);
  if (values['with-secrets'])
    writeFileSync(path.join(work, SECRETS_MEMBER), encryptSecrets(installSecrets(), passphrase));
  step('backup', '[3/3] writing the archive and its checksum ...');
  const digest = await writeArchive(out, work, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    schema: schemaFingerprint(CMS_DIR),
    database: process.env.DATABASE_CLIENT ?? 'sqlite',
    counts,
    secrets: values['with-secrets'],
  });
  const entries = Object.entries(counts)
    .map(([uid, n]) => `${uid.replace(/^api::[\w-]+\./, '')} ${n}`)
    .join(', ');
  step(
    'backup',
    `rows: ${entries}; ${accounts.users.length} admin user(s), ${accounts.roles.length} role(s)`,
  );
  step(
    'backup',
    `done in ${since(started)}: ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB, sha256 ${digest})`,
  );
} catch (error) {
  die(
    'backup',
    (error as Error).message,
    'fix the cause above and run `npm run backup` again; nothing was written.',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
