// The backup archive: one tar file holding Strapi's own export of the content (content.tar.gz),
// the admin accounts and roles (admin.json), optionally the install's secrets encrypted
// (secrets.enc), and a manifest with the schema's fingerprint and a SHA-256 of every member. A
// `<archive>.sha256` file beside it checks the whole file the usual way (`sha256sum -c`).
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';

export const BACKUP_FORMAT = 'wup-portal-backup';
export const BACKUP_VERSION = 1;
export const CONTENT_MEMBER = 'content.tar.gz';
export const ADMIN_MEMBER = 'admin.json';
export const SECRETS_MEMBER = 'secrets.enc';
const MANIFEST = 'manifest.json';

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  /** Fingerprint of the content types and components the data was written with. */
  schema: z.string(),
  database: z.string(),
  /** Rows per content type at backup time (drafts and published versions both count). */
  counts: z.record(z.string(), z.number()),
  /** SHA-256 (hex) of each member. */
  files: z.record(z.string(), z.string()),
  secrets: z.boolean(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** A backup that cannot be restored; nothing was changed. */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under a folder, sorted, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The fingerprint of the CMS's schemas (content types and components, as JSON with keys sorted):
 * an archive restores only into a CMS whose content has the same shape.
 */
export function schemaFingerprint(cmsDir: string): string {
  const hash = createHash('sha256');
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
          )
        : value;
  for (const root of ['src/api', 'src/components']) {
    const dir = path.join(cmsDir, root);
    for (const file of filesUnder(dir)) {
      if (!file.endsWith('.json') || (root === 'src/api' && !file.endsWith('schema.json'))) continue;
      hash.update(`${root}/${file}\n`);
      hash.update(JSON.stringify(sorted(JSON.parse(readFileSync(path.join(dir, file), 'utf8')))));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Writes the archive from the members in `workDir` and the manifest; returns its SHA-256. */
export async function writeArchive(
  file: string,
  workDir: string,
  manifest: Omit<Manifest, 'files'>,
): Promise<string> {
  const members = readdirSync(workDir).filter((name) => name !== MANIFEST);
  const files = Object.fromEntries(members.map((name) => [name, sha256(path.join(workDir, name))]));
  const full: Manifest = { ...manifest, files };
  writeFileSync(path.join(workDir, MANIFEST), `${JSON.stringify(full, null, 2)}\n`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await tar.create({ file, cwd: workDir, portable: true }, [MANIFEST, ...members]);
  const digest = sha256(file);
  writeFileSync(`${file}.sha256`, `${digest}  ${path.basename(file)}\n`);
  return digest;
}

/**
 * Unpacks an archive into `workDir` and checks it whole: the checksum file beside it (when there
 * is one), a manifest of this format, every member present with its recorded SHA-256.
 */
export async function readArchive(file: string, workDir: string): Promise<Manifest> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupRefused(`no backup file at ${file}`);
  const sidecar = `${file}.sha256`;
  if (existsSync(sidecar)) {
    const expected = readFileSync(sidecar, 'utf8').trim().split(/\s+/)[0];
    if (expected !== sha256(file))
      throw new BackupRefused(
        `${path.basename(file)} is corrupt: its SHA-256 differs from ${path.basename(sidecar)}`,
      );
  }
  mkdirSync(workDir, { recursive: true });
  try {
    await tar.extract({ file, cwd: workDir, strict: true });
  } catch (error) {
    throw new BackupRefused(`${path.basename(file)} is corrupt or not a backup: ${(error as Error).message}`);
  }
  const manifestFile = path.join(workDir, MANIFEST);
  if (!existsSync(manifestFile))
    throw new BackupRefused(`${path.basename(file)} is not a backup of this portal: it has no ${MANIFEST}`);
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  } catch (error) {
    throw new BackupRefused(
      `${path.basename(file)} has a manifest this version cannot read (${(error as Error).message.slice(0, 200)})`,
    );
  }
  for (const required of [CONTENT_MEMBER, ADMIN_MEMBER]) {
    if (!manifest.files[required]) throw new BackupRefused(`${path.basename(file)} lacks ${required}`);
  }
  for (const [name, digest] of Object.entries(manifest.files)) {
    const member = path.join(workDir, name);
    if (!existsSync(member)) throw new BackupRefused(`${path.basename(file)} is corrupt: ${name} is missing`);
    if (sha256(member) !== digest)
      throw new BackupRefused(`${path.basename(file)} is corrupt: ${name} does not match its checksum`);
  }
  return manifest;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** Encrypts the secrets with a passphrase (scrypt key, AES-256-GCM): salt, iv, tag, then data. */
export function encryptSecrets(secrets: Record<string, string>, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = scryptSync(passphrase, salt, 32, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return Buffer.concat([salt, iv, cipher.getAuthTag(), data]);
}

/** The secrets back, or BackupRefused when the passphrase is wrong or the bytes were changed. */
export function decryptSecrets(bytes: Buffer, passphrase: string): Record<string, string> {
  const salt = bytes.subarray(0, 16);
  const iv = bytes.subarray(16, 28);
  const tag = bytes.subarray(28, 44);
  const key = scryptSync(passphrase, salt, 32, SCRYPT);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  try {
    const text = Buffer.concat([decipher.update(bytes.subarray(44)), decipher.final()]).toString('utf8');
    return z.record(z.string(), z.string()).parse(JSON.parse(text));
  } catch {
    throw new BackupRefused('the secrets in the backup cannot be decrypted: wrong BACKUP_PASSPHRASE?');
  }
}
