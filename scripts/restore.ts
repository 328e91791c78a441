// `npm run restore -- <file> [--replace] [--with-secrets]`: brings a backup (npm run backup) back
// into this install's database (DATABASE_*), SQLite or PostgreSQL whichever it was taken from.
// Refuses, with the reason and nothing changed, an archive that is corrupt or from another
// schema, and a target that already has content unless --replace is given. Stop the CMS first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adminAccountsSchema, contentCounts, replaceAdminAccounts } from './lib/strapi/admin-accounts.ts';
import {
  ADMIN_MEMBER,
  BackupRefused,
  CONTENT_MEMBER,
  decryptSecrets,
  readArchive,
  schemaFingerprint,
  SECRETS_MEMBER,
} from './lib/content/backup-archive.ts';
import { useMaintenanceCmsEnv } from './lib/strapi/cms-env.ts';
import { withLoadedStrapi } from './lib/strapi/loaded-strapi.ts';
import { die, since, step } from './lib/log.ts';
import { CMS_DIR } from './lib/paths.ts';
import { buildCms, runStrapiCommand } from './lib/strapi/strapi.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    replace: { type: 'boolean', default: false },
    'with-secrets': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1)
  die('restore', 'which backup?', 'run `npm run restore -- <file.tar>` [--replace].');
const file = path.resolve(positionals[0]!);
const started = performance.now();
const work = mkdtempSync(path.join(tmpdir(), 'wup-restore-'));
const refuse = (message: string, hint: string): never => {
  rmSync(work, { recursive: true, force: true });
  die('restore', `${message}. Nothing was changed.`, hint);
};

try {
  step('restore', `[1/4] checking ${path.basename(file)} ...`);
  const manifest = await readArchive(file, work).catch((error: unknown) => {
    if (error instanceof BackupRefused)
      refuse(error.message, 'use another backup file, or check how it was copied.');
    throw error;
  });
  const schema = schemaFingerprint(CMS_DIR);
  if (manifest.schema !== schema)
    refuse(
      `the backup was taken with another schema (${manifest.schema}; this install has ${schema})`,
      'restore it with the version of the portal it was taken with, then upgrade.',
    );
  const secrets =
    values['with-secrets'] && manifest.secrets
      ? decryptSecrets(readFileSync(path.join(work, SECRETS_MEMBER)), process.env.BACKUP_PASSPHRASE ?? '')
      : null;
  if (values['with-secrets'] && !manifest.secrets)
    refuse('the backup holds no secrets', 'leave out --with-secrets.');
  const accounts = adminAccountsSchema.parse(JSON.parse(readFileSync(path.join(work, ADMIN_MEMBER), 'utf8')));

  buildCms();
  useMaintenanceCmsEnv();
  step('restore', '[2/4] checking that the target install is empty ...');
  const before = await withLoadedStrapi(contentCounts);
  const existing = Object.entries(before).filter(([, n]) => n > 0);
  if (existing.length > 0 && !values.replace)
    refuse(
      `the target already has content (${existing.map(([uid, n]) => `${uid} ${n}`).join(', ')})`,
      'restore into an empty database, or add --replace to overwrite everything in it.',
    );
  step('restore', '[3/4] importing content, relations, uploads and settings (strapi import) ...');
  await runStrapiCommand(['import', '--force', '--file', path.join(work, CONTENT_MEMBER)]);
  step('restore', '[4/4] restoring the admin users and roles, and counting ...');
  const after = await withLoadedStrapi(async (strapi) => {
    await replaceAdminAccounts(strapi, accounts);
    return contentCounts(strapi);
  });
  const differs = Object.entries(manifest.counts).filter(([uid, n]) => after[uid] !== n);
  if (differs.length > 0)
    die(
      'restore',
      `restored, but the counts differ from the backup's: ` +
        differs.map(([uid, n]) => `${uid} ${after[uid]} (backup ${n})`).join(', '),
      'check the output above; run the restore again with --replace.',
    );
  if (secrets) {
    const envFile = path.join(CMS_DIR, '.env');
    const lines = Object.entries(secrets).map(([key, value]) => `${key}=${value}`);
    writeFileSync(envFile, `# Restored from ${path.basename(file)}.\n${lines.join('\n')}\n`, { mode: 0o600 });
    step('restore', `secrets written to ${envFile}`);
  }
  step(
    'restore',
    `done in ${since(started)}: ${Object.values(after).reduce((a, b) => a + b, 0)} rows and ` +
      `${accounts.users.length} admin user(s) from ${manifest.createdAt}; start the CMS again.`,
  );
} catch (error) {
  die(
    'restore',
    (error as Error).message,
    'read the output above; the import may need --replace to run again.',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
