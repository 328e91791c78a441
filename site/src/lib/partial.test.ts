import { describe, expect, it, vi } from 'vitest';
import { onlyAffected, renderScope } from './partial';
import type { SiteData } from './site-data';

// site-data.ts (imported for its types) loads collections through Astro's virtual module.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

const routes = [
  { slug: 'a', shows: ['a', 'unit-1'] },
  { slug: 'b', shows: ['b', 'unit-2'] },
];
/** onlyAffected over `routes`, in a render of the fast path with these articles changed. */
const affected = (changed: string[], shownByAll: string[] = []) =>
  renderScope.run(
    { changes: { article: changed }, data: Promise.resolve({} as SiteData), previous: {} as SiteData },
    () => onlyAffected(routes, (route) => route.shows, shownByAll).map((route) => route.slug),
  );

describe('onlyAffected', () => {
  it('keeps every route outside a partial render', () => {
    expect(onlyAffected(routes, () => []).map((route) => route.slug)).toEqual(['a', 'b']);
  });

  it('keeps the routes whose page shows a changed entry', () => {
    expect(affected(['unit-2'])).toEqual(['b']);
    expect(affected(['elsewhere'])).toEqual([]);
  });

  it('keeps every route when an entry every page shows (the sidebar) changed', () => {
    expect(affected(['latest'], ['latest', 'other'])).toEqual(['a', 'b']);
    expect(affected(['a'], ['latest'])).toEqual(['a']);
  });
});
