import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Runtime state folder (.data at the repo root), set by astro.config.ts. */
export function dataDir(): string {
  return process.env.WUP_DATA_DIR ?? path.resolve(process.cwd(), '..', '.data');
}

/** Strapi's origin for the build (STRAPI_URL), default the local CMS. */
export const STRAPI_URL = (process.env.STRAPI_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, '');

/** The read-only token: STRAPI_TOKEN, else the file the CMS writes on first start. */
export function strapiToken(): string {
  if (process.env.STRAPI_TOKEN) return process.env.STRAPI_TOKEN;
  const file = process.env.SITE_TOKEN_FILE ?? path.join(dataDir(), 'site-token');
  if (!existsSync(file)) {
    throw new Error(
      `No Strapi API token: set STRAPI_TOKEN, or start the CMS once (npm start) so it writes ${file}.`,
    );
  }
  return readFileSync(file, 'utf8').trim();
}

/** Absolute URL of a Strapi upload (Strapi returns /uploads/... for the local provider). */
export function mediaUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${STRAPI_URL}${url}`;
}
