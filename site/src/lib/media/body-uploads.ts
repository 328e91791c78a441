// Uploads an entry's Markdown body shows inline (`![…](/uploads/x.jpg)`, as an imported archive
// or an editor's inserted image writes them): the build copies them into the static site beside
// the cover images, so readers never reach the CMS for them.
import type { Media } from 'shared-types';

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** The Strapi uploads a Markdown body refers to (root-relative /uploads/<name> only), each once. */
export function uploadsInBody(markdown: string | null | undefined): Array<Pick<Media, 'url' | 'mime'>> {
  if (!markdown) return [];
  // Root-relative only: right after a Markdown link's '(', an attribute's quote or a space.
  const names = new Set([...markdown.matchAll(/(?<=[("'\s])\/uploads\/([\w.-]+\.\w+)/g)].map((m) => m[1]!));
  return [...names].flatMap((name) => {
    const mime = TYPES[name.split('.').pop()!.toLowerCase()];
    return mime ? [{ url: `/uploads/${name}`, mime }] : [];
  });
}
