// Partial builds, the publisher's fast path: when SITE_PARTIAL names the entries that changed
// ({"article": ["<documentId>", ...]}), the loaders fetch only those entries and each dynamic
// route renders only the pages that show one of them. The publisher lays the result over a
// hard-linked copy of the live site. Without SITE_PARTIAL every page is built.
import type { ContentTypeKey } from 'shared-types';

function parse(raw: string | undefined): Partial<Record<ContentTypeKey, string[]>> | null {
  if (!raw) return null;
  const value = JSON.parse(raw) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`SITE_PARTIAL must be a JSON object of documentId lists, got: ${raw}`);
  return value as Partial<Record<ContentTypeKey, string[]>>;
}

/** Changed documentIds per content type, or null in a full build. */
export const partialChanges = parse(process.env.SITE_PARTIAL);

const changedIds: ReadonlySet<string> | null = partialChanges
  ? new Set(Object.values(partialChanges).flat())
  : null;

/** In a partial build, keeps the routes whose page shows a changed entry; otherwise all of them. */
export function onlyAffected<T>(routes: T[], shows: (route: T) => Iterable<string | undefined>): T[] {
  if (!changedIds) return routes;
  return routes.filter((route) => {
    for (const id of shows(route)) if (id && changedIds.has(id)) return true;
    return false;
  });
}
