import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import seedFacts from '../../cms/src/seed/seed-facts.json' with { type: 'json' };

/** Slug of the seed article (the demo content's real article). */
export const SEED_SLUG = seedFacts.articleSlug;

export function site() {
  return inject('site');
}

/** A built file of the site, by URL path ("/tin-tuc/" → tin-tuc/index.html). */
export function built(urlPath: string): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  const full = path.join(site().dist, file);
  if (!existsSync(full)) throw new Error(`not built: ${urlPath}`);
  // Astro's scoped-style classes say nothing about the content: drop them before asserting.
  return readFileSync(full, 'utf8')
    .replace(/ class="astro-[a-z0-9]{8}"/g, '')
    .replace(/ astro-[a-z0-9]{8}(?=[ "])/g, '');
}

export function isBuilt(urlPath: string): boolean {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return existsSync(path.join(site().dist, file));
}
