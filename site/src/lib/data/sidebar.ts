// The portal's sidebar beside articles, projects, pledges and units (Tâm điểm, Các đề án, Video).
import { query } from './page-reads';
import { FROM_DATA } from './queries';
import type { SiteData } from './site-data';

type SidebarSource = Pick<SiteData, 'articles' | 'projects' | 'videos'>;

/** The sidebar of each version of the site's data: every page with the sidebar asks it. */
const sidebars = new WeakMap<SidebarSource, ReturnType<typeof pickSidebar>>();

function pickSidebar(data: SidebarSource) {
  return {
    // One more than shown, so that an article's own page can leave itself out.
    featured: data.articles.filter((a) => a.featured).slice(0, 5),
    projects: data.projects.slice(0, 8),
    videos: data.videos.slice(0, 3),
  };
}

/**
 * What the portal's sidebar shows (Tâm điểm, Các đề án, Video), as the seed's portal does. Picked
 * once per version of the data: picking it for each page walked every article on every page, most
 * of a 100,000-article build's time (8 pages a second).
 */
export const sidebarContent = query(
  'sidebarContent',
  (data: SidebarSource) => {
    let sidebar = sidebars.get(data);
    if (!sidebar) {
      sidebar = pickSidebar(data);
      sidebars.set(data, sidebar);
    }
    return sidebar;
  },
  FROM_DATA,
);
