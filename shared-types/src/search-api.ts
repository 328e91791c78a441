// The live site's search API: the publisher's static server answers it (scripts/publisher/src/
// site-search.ts) and the search page asks it, falling back to Pagefind in the browser where the
// site is served without it. Browser-safe: no Node imports.

/** The API's paths: a query (`?q=…&<filter>=…`), and every filter's values with their counts. */
export const SEARCH_API = { search: '/api/tim-kiem', filters: '/api/tim-kiem/bo-loc' } as const;

/** Results in one answer: what the search page shows. */
export const SEARCH_RESULTS_SHOWN = 20;

/** Pagefind's filter counts: per filter, each value's number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchAnswer {
  /** Pages found in all. */
  total: number;
  /** The best first: the page's address, title and Pagefind's excerpt (escaped text, hits in <mark>). */
  results: Array<{ url: string; title: string; excerpt: string }>;
}

/**
 * Pagefind (1.5+) folds Vietnamese tone marks and ư/ơ/â… at index and query time, but not đ,
 * which has no decomposition: "dakrong" would miss "Đakrông". Pages add a folded copy of their
 * title and lead as Pagefind metadata, which is searched too, and the search page folds queries. The search API folds the same way.
 */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
