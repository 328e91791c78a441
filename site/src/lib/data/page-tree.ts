// The portal's own pages (Trang) as a tree: each page lives at the path of its ancestors' addresses
// (/gioi-thieu/lich-su/). A page whose parent is not published sits at the top, as Strapi then
// returns it without the relation.
import { RESERVED_PATHS, type Page } from 'shared-types';
import { query } from './page-reads';
import { FROM_DATA } from './queries';
import type { SiteData } from './site-data';

/** The pages above `page`, the top one first, and whether the chain comes back to a page on it. */
function walkUp(data: Pick<SiteData, 'pageById'>, page: Page): { above: Page[]; loops: boolean } {
  const above: Page[] = [];
  const seen = new Set([page.documentId]);
  let parent = page.parent ? data.pageById.get(page.parent.documentId) : undefined;
  while (parent) {
    // The CMS refuses a loop; data saved before it did may hold one.
    if (seen.has(parent.documentId)) return { above, loops: true };
    seen.add(parent.documentId);
    above.unshift(parent);
    parent = parent.parent ? data.pageById.get(parent.parent.documentId) : undefined;
  }
  return { above, loops: false };
}

/** The pages above `page`, the top one first. */
export function ancestorsOf(data: Pick<SiteData, 'pageById'>, page: Page): Page[] {
  return walkUp(data, page).above;
}

/** A page's address: '/gioi-thieu/lich-su/'. */
export function pagePath(data: Pick<SiteData, 'pageById'>, page: Page): string {
  return `/${[...ancestorsOf(data, page), page].map((p) => p.slug).join('/')}/`;
}

/**
 * Why a page cannot be served at its address, or null: the top of its path is one of the site's
 * own (an address the CMS refuses, reached when a parent is unpublished), or its tree loops.
 */
export function pathProblem(data: Pick<SiteData, 'pageById'>, page: Page): string | null {
  const { above, loops } = walkUp(data, page);
  if (loops) return 'trang cha lồng nhau thành vòng';
  const top = (above[0] ?? page).slug.toLowerCase();
  return RESERVED_PATHS.has(top) ? `địa chỉ /${top}/ là của một mục sẵn có trên cổng` : null;
}

/** The children of a page (or the top pages, for null), in their order. */
export function childrenOf(data: Pick<SiteData, 'pagesUnder'>, page: Page | null): Page[] {
  return data.pagesUnder.get(page?.documentId ?? '') ?? [];
}

/** The English page at the top of the tree (/en/), if there is one. */
export function englishHome(data: Pick<SiteData, 'pagesUnder'>): Page | undefined {
  return childrenOf(data, null).find((page) => page.language === 'en');
}

/**
 * The English page's address, or null: a query (page-reads.ts), so that the pages that link to it
 * (every footer) depend on the address only, not on the top pages it is found among.
 */
export const englishPath = query(
  'englishPath',
  (data: Pick<SiteData, 'pagesUnder' | 'pageById'>): string | null => {
    const english = englishHome(data);
    return english ? pagePath(data, english) : null;
  },
  FROM_DATA,
);
