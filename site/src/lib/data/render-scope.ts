// The resident renderer's fast path renders pages from a version of the site's data it holds in
// memory (the live site's, or the site's with an edit in it), not from the build's: inside a render
// scope, siteData() answers with the scope's data (lib/render/fast-render.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SiteData } from './site-data';

/** A render of published pages by the resident renderer: the data to render from, and what changed in it. */
export interface RenderScope {
  data: SiteData;
  /** documentIds of the entries an edit changed: the only ones whose uploads are checked again. */
  changed: ReadonlySet<string>;
}

export const renderScope = new AsyncLocalStorage<RenderScope>();

/**
 * Whether a render checks an entry's uploads (Strapi still has them, sharp can read them): a build
 * checks every entry's; the resident renderer only those of the edit, the rest keep their verdicts.
 */
export function checksUploadsOf(documentId: string): boolean {
  const scope = renderScope.getStore();
  return !scope || scope.changed.has(documentId);
}
