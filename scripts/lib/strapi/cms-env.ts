import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PREVIEW_URL, PUBLISHER_URL, publisherSecret } from 'publisher';
import { DEFAULT_SITE_URL, siteTokenFile } from 'shared-types/runtime';
import { CMS_DIR } from '../paths.ts';

const SECRET_KEYS = [
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // Signs the admin's preview links (cms/src/lib/preview-token.ts).
  'PREVIEW_SECRET',
] as const;

/** Fresh random secrets for a Strapi instance (app keys, salts, JWT and encryption keys). */
export function generateSecrets(): Record<string, string> {
  const secret = () => randomBytes(24).toString('base64');
  const env: Record<string, string> = { APP_KEYS: [secret(), secret(), secret(), secret()].join(',') };
  for (const key of SECRET_KEYS) env[key] = secret();
  return env;
}

function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) env[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1');
  }
  return env;
}

/**
 * The CMS secrets of this checkout, generated into the git-ignored cms/.env on first start and
 * reused after, so sessions and tokens survive a restart.
 */
export function ensureCmsSecrets(): Record<string, string> {
  const file = path.join(CMS_DIR, '.env');
  const existing = existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {};
  if (existing.APP_KEYS && SECRET_KEYS.every((key) => existing[key])) return existing;
  const secrets = { ...generateSecrets(), ...existing };
  const lines = [
    '# Generated on first start. Keep it secret; do not commit.',
    ...Object.entries(secrets).map(([k, v]) => `${k}=${v}`),
  ];
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return secrets;
}

/**
 * The environment of this checkout's Strapi (npm start, and maintenance commands that load it):
 * its secrets, the demo content unless told otherwise, the site token file and the webhook of the
 * local publisher, so every process that boots it registers the same things.
 */
export function localCmsEnv(): Record<string, string> {
  return {
    ...ensureCmsSecrets(),
    SEED_DEMO_CONTENT: process.env.SEED_DEMO_CONTENT ?? 'true',
    SITE_TOKEN_FILE: siteTokenFile(),
    PUBLISHER_WEBHOOK_URL: `${PUBLISHER_URL}/webhook`,
    PUBLISHER_SECRET: publisherSecret(),
    // The admin links to the live page of what an editor published.
    SITE_URL: process.env.SITE_URL ?? DEFAULT_SITE_URL,
    // The admin's preview opens the publisher's renderer.
    PREVIEW_URL,
  };
}

/**
 * The environment of a maintenance command that loads this install's Strapi (backup, restore):
 * what the environment already says wins (a deployment's DATABASE_URL, a test's database), the
 * rest comes from this checkout; never the demo content, never the background jobs.
 */
export function useMaintenanceCmsEnv() {
  process.env.SEED_DEMO_CONTENT = 'false';
  process.env.BACKGROUND_TASKS = 'false';
  process.env.NODE_ENV ??= 'production';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  for (const [key, value] of Object.entries(localCmsEnv())) process.env[key] ??= value;
}

/** The secrets an install needs to come back as it was (sessions, tokens, webhooks). */
export function installSecrets(): Record<string, string> {
  const keys = ['APP_KEYS', ...SECRET_KEYS, 'PUBLISHER_SECRET'];
  return Object.fromEntries(keys.flatMap((key) => (process.env[key] ? [[key, process.env[key]!]] : [])));
}
