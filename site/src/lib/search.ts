// The search page's filters and kinds; the folding of đ is shared with the search API.
export { foldD } from 'shared-types/search-api';

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
  document: 'Văn bản',
  page: 'Giới thiệu',
} as const;
