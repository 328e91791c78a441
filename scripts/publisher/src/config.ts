// The publisher's configuration, from environment variables, each default defined once here or in
// shared-types/runtime (Strapi's URL, the data folder, the site token).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREVIEW_PATH, dataDir } from 'shared-types/runtime';

/** Port of the webhook/status API (loopback only). */
export const PUBLISHER_PORT = Number(process.env.PUBLISHER_PORT ?? 4322);
/** Port of the static server that serves the live site to readers. */
export const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
export const PUBLISHER_URL = `http://127.0.0.1:${PUBLISHER_PORT}`;
/** Port Strapi listens on when npm start runs it. */
export const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
/** Port of the preview renderer (the site's server build), served like the site. */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4323);
/** The site's preview route. */
export { PREVIEW_PATH };
/** Where editors' browsers open a preview: PREVIEW_URL, else the renderer's port and the site's preview route. */
export const PREVIEW_URL = process.env.PREVIEW_URL ?? `http://localhost:${PREVIEW_PORT}${PREVIEW_PATH}`;
/** The Astro project the publisher builds: SITE_DIR, else the repository's site/. */
export const SITE_DIR =
  process.env.SITE_DIR ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'site');

/** Where releases, status and fingerprint live (.data/site). */
export function siteRoot(): string {
  return path.join(dataDir(), 'site');
}

/** The webhook secret shared by Strapi and the publisher: PUBLISHER_SECRET, else generated once (git-ignored). */
export function publisherSecret(): string {
  if (process.env.PUBLISHER_SECRET) return process.env.PUBLISHER_SECRET;
  const file = path.join(dataDir(), 'publisher-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
