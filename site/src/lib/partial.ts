// Partial renders, the publisher's fast path: only the pages that show a changed entry. Two ways
// in: an `astro build` with SITE_PARTIAL naming the entries that changed ({"article": ["<documentId>",
// ...]}), where the loaders fetch only those entries; or the resident renderer rendering published
// pages on request (fast-render.ts), which runs the pages' getStaticPaths inside a render scope that
// carries the changes and the site's data with them in. Either way each dynamic route keeps only
// the pages that show a changed entry. Without either every page is built.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangedEntries } from 'shared-types';
import type { SiteData } from './site-data';

export type Changes = ChangedEntries;

function parse(raw: string | undefined): Changes | null {
  if (!raw) return null;
  const value = JSON.parse(raw) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`SITE_PARTIAL must be a JSON object of documentId lists, got: ${raw}`);
  return value as Changes;
}

/** Changed documentIds per content type of a partial `astro build`, or null in a full build. */
export const partialChanges = parse(process.env.SITE_PARTIAL);

/** A render of published pages by the resident renderer: what changed, and the data to render from. */
export interface RenderScope {
  changes: Changes;
  data: Promise<SiteData>;
  /** The site's data before the changes (what the live pages show). */
  previous: SiteData;
}

export const renderScope = new AsyncLocalStorage<RenderScope>();

/** The changes the pages being rendered are for (a render scope's, else the build's), or null: all pages. */
export function currentChanges(): Changes | null {
  return renderScope.getStore()?.changes ?? partialChanges;
}

/** The site's data before the changes of a render scope, or null (a build: not known). */
export function previousData(): SiteData | null {
  return renderScope.getStore()?.previous ?? null;
}

/** The documentIds of `currentChanges()`, or null when every page is rendered. */
export function changedIds(): ReadonlySet<string> | null {
  const changes = currentChanges();
  return changes ? new Set(Object.values(changes).flat()) : null;
}

/**
 * In a partial render, keeps the routes whose page shows a changed entry; otherwise all of them.
 * `shownByAll`: entries every page of the route shows (the sidebar's), looked at once, not per page.
 */
export function onlyAffected<T>(
  routes: T[],
  shows: (route: T) => Iterable<string | undefined>,
  shownByAll: Iterable<string> = [],
): T[] {
  const changed = changedIds();
  if (!changed) return routes;
  for (const id of shownByAll) if (changed.has(id)) return routes;
  return routes.filter((route) => {
    for (const id of shows(route)) if (id && changed.has(id)) return true;
    return false;
  });
}
