import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Publisher, type PublisherOptions } from '../publisher/publisher.ts';
import { DATA_DIR, SITE_TOKEN_FILE } from './paths.ts';

/** Where releases, status and fingerprint live. */
export const SITE_ROOT = path.join(DATA_DIR, 'site');
export const PUBLISHER_PORT = Number(process.env.PUBLISHER_PORT ?? 4322);
export const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
export const PUBLISHER_URL = `http://127.0.0.1:${PUBLISHER_PORT}`;
const SECRET_FILE = path.join(DATA_DIR, 'publisher-secret');

/** The webhook secret shared by Strapi and the publisher: PUBLISHER_SECRET, else generated once (git-ignored). */
export function publisherSecret(): string {
  if (process.env.PUBLISHER_SECRET) return process.env.PUBLISHER_SECRET;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, 'utf8').trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The site token, read fresh (the CMS may recreate it). */
export function siteToken(): string {
  if (process.env.STRAPI_TOKEN) return process.env.STRAPI_TOKEN;
  return readFileSync(SITE_TOKEN_FILE, 'utf8').trim();
}

/** The publisher of this checkout: releases in .data/site, builds reading `strapiUrl` with the site token. */
export function localPublisher(
  strapiUrl: string,
  siteUrl: string | undefined,
  options: Partial<PublisherOptions> = {},
): Publisher {
  return new Publisher({
    root: SITE_ROOT,
    strapiUrl,
    token: siteToken,
    buildEnv: { STRAPI_URL: strapiUrl, SITE_TOKEN_FILE, ...(siteUrl ? { SITE_URL: siteUrl } : {}) },
    ...options,
  });
}
