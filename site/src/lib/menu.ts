// The header's and footer's menus: what the chief editor saved (the "Menu" single type), else a
// default made of the site's sections and the top pages (as WordPress lists pages when no menu is set).
// Queries (page-reads.ts): every page shows the menu, and depends on its links, not on the pages'
// tree it is made from (renaming a top page that the saved menu does not show renders no page).
import type { NavigationLink } from 'shared-types';
import { childrenOf, pagePath } from './data/page-tree';
import { query } from './data/page-reads';
import { FROM_DATA } from './data/queries';
import type { SiteData } from './data/site-data';
import { paths } from './urls';

export interface MenuLink {
  label: string;
  url: string;
}
export interface MenuItem extends MenuLink {
  children: MenuLink[];
}

type MenuSource = Pick<SiteData, 'menu' | 'pagesUnder' | 'pageById'>;

const link = (label: string, url: string): MenuItem => ({ label, url, children: [] });
const plain = ({ label, url }: NavigationLink): MenuLink => ({ label, url });

/** The header's menu: two levels. */
export const headerMenu = query(
  'headerMenu',
  (data: MenuSource): MenuItem[] => {
    const saved = data.menu?.header ?? [];
    if (saved.length > 0)
      return saved.map((item) => ({ ...plain(item), children: item.children.map(plain) }));
    const topPages = childrenOf(data, null)
      .filter((page) => page.language === 'vi')
      .map((page) => ({
        label: page.title,
        url: pagePath(data, page),
        children: childrenOf(data, page).map((child) => ({ label: child.title, url: pagePath(data, child) })),
      }));
    return [
      link('Trang chủ', paths.home),
      ...topPages.slice(0, 1),
      link('Tin tức', paths.news()),
      link('Đề án', paths.projects),
      link('Giao ước', paths.pledges),
      link('Video', paths.videos),
      link('Văn bản', paths.documents()),
      ...topPages.slice(1),
      link('Tìm kiếm', paths.search),
    ];
  },
  FROM_DATA,
);

/** The footer's links the chief editor added (the feeds, the site map and the English page always follow). */
export const footerLinks = query(
  'footerLinks',
  (data: MenuSource): MenuLink[] => (data.menu?.footer ?? []).map(plain),
  FROM_DATA,
);

/** Whether a menu address is the page being shown, or a section it is in. */
export function isCurrent(url: string, current: string): boolean {
  if (!url.startsWith('/')) return false;
  return url === '/' ? current === '/' : current.startsWith(url);
}
