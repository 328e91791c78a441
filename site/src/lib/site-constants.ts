// The reader-facing numbers and words of the site, in one place.

/** The portal's name until the chief editor saves one ("Thông tin cổng"). */
export const SITE_NAME = 'Cổng thông tin Hội Liên hiệp Phụ nữ';
/** What the home page and the main feed say the site is. */
export const SITE_DESCRIPTION =
  'Tin tức, giao ước thi đua, đề án, văn bản và video của Hội Liên hiệp Phụ nữ các cấp.';

/** Entries on each page of a list (the news, a project's news, a topic, a year, the documents). */
export const PAGE_SIZE = 10;
/** Items of a feed. */
export const FEED_SIZE = 50;
/** How many of its tree's newest articles an organisation's page lists. */
export const ORGANISATION_PAGE_NEWS = 12;
/** Text of a PDF kept per file on a document's page: a 300-page report would weigh the page down. */
export const DOCUMENT_TEXT_LIMIT = 20_000;
