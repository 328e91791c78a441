/**
 * Pagefind (1.5+) folds Vietnamese tone marks and ư/ơ/â… at index and query time, but not đ,
 * which has no decomposition: "dakrong" would miss "Đakrông". Pages add a folded copy of their
 * title and lead as Pagefind metadata, which is searched too, and the search page folds queries.
 */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The search filters, by Pagefind filter name (also the search page's URL parameter) with the
 * label readers see. Pages mark their values with SearchFacets.astro.
 */
export const SEARCH_FILTERS = {
  loai: 'Loại',
  'don-vi': 'Đơn vị',
  nam: 'Năm',
} as const;
export type SearchFilter = keyof typeof SEARCH_FILTERS;

/** The kinds of page search finds, as the "Loại" filter shows them. */
export const SEARCH_KINDS = {
  article: 'Tin bài',
  project: 'Đề án',
  pledge: 'Giao ước',
  video: 'Video',
  organisation: 'Tổ chức',
} as const;
