/** Site paths of each entry type (Vietnamese paths are fixed by the site map). */
export const paths = {
  home: '/',
  news: (page = 1) => (page > 1 ? `/tin-tuc/${page}/` : '/tin-tuc/'),
  article: (slug: string) => `/tin-tuc/${slug}/`,
  organisation: (slug: string) => `/to-chuc/${slug}/`,
  organisationFeed: (slug: string) => `/to-chuc/${slug}/rss.xml`,
  projects: '/de-an/',
  project: (slug: string) => `/de-an/${slug}/`,
  projectFeed: (slug: string) => `/de-an/${slug}/rss.xml`,
  pledges: '/giao-uoc/',
  pledge: (slug: string) => `/giao-uoc/${slug}/`,
  videos: '/video/',
  video: (slug: string) => `/video/${slug}/`,
  videoFeed: '/video/rss.xml',
  search: '/tim-kiem/',
  feed: '/rss.xml',
  topics: '/chu-de/',
  topic: (slug: string, page = 1) => (page > 1 ? `/chu-de/${slug}/${page}/` : `/chu-de/${slug}/`),
  topicFeed: (slug: string) => `/chu-de/${slug}/rss.xml`,
  archive: '/luu-tru/',
  archiveYear: (year: number, page = 1) => (page > 1 ? `/luu-tru/${year}/${page}/` : `/luu-tru/${year}/`),
  newsSitemap: '/sitemap-news.xml',
} as const;

export const SITE_NAME = 'Cổng thông tin Hội Liên hiệp Phụ nữ';
export const SITE_DESCRIPTION = 'Tin tức, giao ước thi đua, đề án và video của Hội Liên hiệp Phụ nữ các cấp.';
