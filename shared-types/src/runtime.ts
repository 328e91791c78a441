// Defaults and look-ups shared by every Node process that talks to Strapi (the publisher, the
// site build, the scripts). Node only: the browser code imports `shared-types`, not this module.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the CMS listens by default (`npm start`). */
export const DEFAULT_STRAPI_URL = 'http://127.0.0.1:1337';
/** The site's public URL by default: the publisher's static server. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The site's preview route (site/src/pages/xem-truoc), rendered on request for editors only. */
export const PREVIEW_PATH = '/xem-truoc/';

/** Whether a page of the site belongs in its sitemap (not the search page, the 404 page or the preview). */
export function inSitemap(pageUrl: string): boolean {
  return !pageUrl.includes('/tim-kiem/') && !pageUrl.endsWith('/404/') && !pageUrl.includes(PREVIEW_PATH);
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Git-ignored runtime state (tokens, secrets, caches, releases): DATA_DIR, else `.data` at the repo root. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(REPO_ROOT, '.data');
}

/** Strapi's origin for reading content: STRAPI_URL without a trailing slash, else the local CMS. */
export function strapiUrl(): string {
  return (process.env.STRAPI_URL ?? DEFAULT_STRAPI_URL).replace(/\/+$/, '');
}

/** The file the CMS writes the site's read-only token to on every start (cms/src/lib/provision.ts). */
export function siteTokenFile(): string {
  return process.env.SITE_TOKEN_FILE ?? path.join(dataDir(), 'site-token');
}

/** The read-only token of the site build: STRAPI_TOKEN, else the CMS's token file, read fresh each time. */
export function siteToken(): string {
  if (process.env.STRAPI_TOKEN) return process.env.STRAPI_TOKEN;
  const file = siteTokenFile();
  if (!existsSync(file)) {
    throw new Error(
      `No Strapi API token: set STRAPI_TOKEN, or start the CMS once (npm start) so it writes ${file}.`,
    );
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Origins editors open the admin from (ADMIN_URL, else Strapi's URL), the only pages allowed to
 * frame a preview; a loopback host is listed under both its names.
 */
export function adminOrigins(): string[] {
  const url = new URL(process.env.ADMIN_URL ?? strapiUrl());
  const aliases: Record<string, string> = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' };
  const origins = [url.origin];
  const alias = aliases[url.hostname];
  if (alias) {
    const other = new URL(url.origin);
    other.hostname = alias;
    origins.push(other.origin);
  }
  return origins;
}

/** Stops a command with what failed and what to do next (every command of the repository says it so). */
export function die(scope: string, message: string, hint: string): never {
  console.error(`\n[${scope}] ERROR: ${message}\n[${scope}] What to do: ${hint}`);
  process.exit(1);
}

/**
 * Writes a file whole or not at all: to a temporary file beside it, renamed over it. A crash never
 * leaves half a file, and a hard link to the old file (another release's) is replaced, not written into.
 */
export function writeFileAtomic(file: string, body: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, body);
  renameSync(temporary, file);
}
