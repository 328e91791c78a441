import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fetchRetrying, type Media } from 'shared-types';
import { dataDir, mediaUrl, STRAPI_URL, strapiToken } from '../data/strapi-config';

/** Strapi's upload names are content hashes: a file once fetched never changes, so keep it. */
const cacheDir = () => path.join(dataDir(), 'astro-cache', 'uploads');

/** Public path of an upload on the static site: /uploads/<name>. */
export function uploadPath(media: Pick<Media, 'url'>): string {
  return `/uploads/${path.posix.basename(new URL(mediaUrl(media.url)).pathname)}`;
}

/** Where an upload fetched once is kept. */
const cachedFile = (media: Pick<Media, 'url'>) =>
  path.join(cacheDir(), path.posix.basename(uploadPath(media)));

const sizes = new Map<string, number>();

/** Size in bytes of an upload (for RSS enclosures), read once per build. */
export async function uploadSize(media: Pick<Media, 'url'>): Promise<number> {
  let size = sizes.get(media.url);
  if (size === undefined) {
    // Kept on disk: its size without reading it (a feed names 50 covers).
    const cached = cachedFile(media);
    size = existsSync(cached) ? statSync(cached).size : (await uploadBytes(media)).length;
    sizes.set(media.url, size);
  }
  return size;
}

/** The bytes of an upload, from the disk cache or from Strapi. */
export async function uploadBytes(media: Pick<Media, 'url'>): Promise<Buffer> {
  const cached = cachedFile(media);
  if (existsSync(cached)) return readFileSync(cached);
  const url = mediaUrl(media.url);
  // The token goes to Strapi only, never to object storage or a CDN.
  const toStrapi = new URL(url).origin === new URL(STRAPI_URL).origin;
  const response = await fetchRetrying(url, {
    headers: toStrapi ? { Authorization: `Bearer ${strapiToken()}` } : {},
  });
  if (!response.ok) throw new Error(`Could not fetch upload ${media.url}: ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(cached, bytes);
  return bytes;
}
