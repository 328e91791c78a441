import { SITE_PATHS } from 'shared-types';

const entry = (uid: keyof typeof SITE_PATHS) => (slug: string) => `${SITE_PATHS[uid]}${slug}/`;

/** Site paths of each entry type (Vietnamese paths are fixed by the site map; the CMS names entries' ones). */
export const paths = {
  home: '/',
  news: (page = 1) => (page > 1 ? `/tin-tuc/${page}/` : '/tin-tuc/'),
  article: entry('api::article.article'),
  organisation: entry('api::organisation.organisation'),
  organisationFeed: (slug: string) => `/to-chuc/${slug}/rss.xml`,
  projects: '/de-an/',
  project: (slug: string, page = 1) => `${entry('api::project.project')(slug)}${page > 1 ? `${page}/` : ''}`,
  projectFeed: (slug: string) => `/de-an/${slug}/rss.xml`,
  pledges: '/giao-uoc/',
  pledge: entry('api::emulation-pledge.emulation-pledge'),
  videos: '/video/',
  video: entry('api::video.video'),
  videoFeed: '/video/rss.xml',
  search: '/tim-kiem/',
  feed: '/rss.xml',
  topics: '/chu-de/',
  topic: (slug: string, page = 1) => (page > 1 ? `/chu-de/${slug}/${page}/` : `/chu-de/${slug}/`),
  topicFeed: (slug: string) => `/chu-de/${slug}/rss.xml`,
  archive: '/luu-tru/',
  archiveYear: (year: number, page = 1) => (page > 1 ? `/luu-tru/${year}/${page}/` : `/luu-tru/${year}/`),
  newsSitemap: '/sitemap-news.xml',
  documents: (page = 1) => (page > 1 ? `/van-ban/${page}/` : '/van-ban/'),
  document: entry('api::legal-document.legal-document'),
  /** The documents of one kind, year or issuing unit: '/van-ban/loai/ke-hoach/'. */
  documentsBy: (facet: DocumentFacet, value: string) => `/van-ban/${facet}/${value}/`,
  documentFeed: '/van-ban/rss.xml',
  leadership: '/lanh-dao/',
} as const;

/** What the document library narrows by, as its addresses name it: kind, year, issuing unit. */
export type DocumentFacet = 'loai' | 'nam' | 'don-vi';
