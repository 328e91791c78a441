// The data layer's queries: what pages ask of the site's data (a unit's latest news, a topic's
// news, the archive), each registered with `query` so that a page depends on its result, not on
// every list it walks (page-reads.ts); with the helpers pages name entries and lists with. The
// sidebar (sidebar.ts), related news (related.ts) and pagination (pagination.ts) have their own.
import type { Article, EmulationPledge, Organisation, Project, Tag, Video } from 'shared-types';
import { yearMonth } from '../format';
import { SITE_NAME } from '../site-constants';
import { query } from './page-reads';
import { entryIn, group, type SiteData } from './site-data';

/** How the data layer's queries find their entry arguments in a version of the data. */
export const FROM_DATA = { entry: (data: object, id: string) => entryIn(data as SiteData, id) };

/** An organisation and every unit below it in the tree. */
export const descendants = query(
  'descendants',
  (data: SiteData, root: Organisation): Organisation[] => {
    const out: Organisation[] = [root];
    // Each unit once: a loop in the tree (A under B under A, saved before the CMS refused it) must
    // not hang the build.
    const seen = new Set([root.documentId]);
    for (let i = 0; i < out.length; i++)
      for (const child of data.childrenOf.get(out[i]!.documentId) ?? [])
        if (!seen.has(child.documentId)) {
          seen.add(child.documentId);
          out.push(child);
        }
    return out;
  },
  FROM_DATA,
);

/**
 * A list's entries by the documentIds each refers to (`keys`), in the list's order, each entry once
 * per key; built once per list and kept while the list is: the data's lists are replaced, never
 * changed, when an entry changes. Asking every organisation of 2,000 for its pledges by scanning all
 * 3,000 cost 0.5 s of each fast render at 100,000 articles; the index answers in a lookup. The
 * lists it gives are shared: read them, never change them.
 */
function indexedBy<T>(keys: (entry: T) => Array<string | undefined>) {
  const indexes = new WeakMap<readonly T[], Map<string, T[]>>();
  return (list: readonly T[], key: string): readonly T[] => {
    let index = indexes.get(list);
    if (!index) {
      index = group([...list], (entry) => [...new Set(keys(entry))].filter((k): k is string => !!k));
      indexes.set(list, index);
    }
    return index.get(key) ?? [];
  };
}

const positions = new WeakMap<readonly Article[], Map<string, number>>();
/** Where each article is in `data.articles` (built once per list). */
function positionOf(articles: readonly Article[]): Map<string, number> {
  let index = positions.get(articles);
  if (!index) {
    index = new Map(articles.map((article, i) => [article.documentId, i]));
    positions.set(articles, index);
  }
  return index;
}

/**
 * News of an organisation and its sub-units, newest first (in the order of `data.articles`), without
 * duplicates; the first `limit` of them (a page lists 12, a feed 50: the root's tree has most of
 * 100,000 articles, and a fast render asks this before and after an edit).
 */
export const newsOfOrganisationTree = query(
  'newsOfOrganisationTree',
  (data: SiteData, root: Organisation, limit: number = Infinity): Article[] => {
    const units = descendants(data, root);
    const lists = units.map((unit) => data.articlesOf.get(unit.documentId) ?? []);
    // A tree with much of the news (the whole union's): one pass over the articles, until `limit`.
    if (lists.reduce((n, list) => n + list.length, 0) > data.articles.length / 8) {
      const ids = new Set(units.map((o) => o.documentId));
      const news: Article[] = [];
      for (const article of data.articles) {
        if (news.length >= limit) break;
        if (article.organisations.some((o) => ids.has(o.documentId))) news.push(article);
      }
      return news;
    }
    // Each unit's list is newest first: the first `limit` of the tree are among the first `limit` of each.
    const news = new Map<string, Article>();
    for (const list of lists)
      for (const article of list.slice(0, limit)) news.set(article.documentId, article);
    const at = positionOf(data.articles);
    return [...news.values()].sort((a, b) => at.get(a.documentId)! - at.get(b.documentId)!).slice(0, limit);
  },
  FROM_DATA,
);

const predecessors = indexedBy<Organisation>((o) => [o.mergedInto?.documentId]);
/** Organisations merged into this one (their `mergedInto` points at it), in the order of `data.organisations`. */
export const predecessorsOf = query(
  'predecessorsOf',
  (data: Pick<SiteData, 'organisations'>, organisation: Organisation): readonly Organisation[] =>
    predecessors(data.organisations, organisation.documentId),
  FROM_DATA,
);

const pledgesOf = indexedBy<EmulationPledge>((p) => [
  p.host?.documentId,
  ...p.signatories.map((s) => s.documentId),
]);
/** Pledges an organisation hosts or signed, in the order of `data.pledges` (newest first). */
export const pledgesOfOrganisation = query(
  'pledgesOfOrganisation',
  (data: Pick<SiteData, 'pledges'>, organisation: Organisation): readonly EmulationPledge[] =>
    pledgesOf(data.pledges, organisation.documentId),
  FROM_DATA,
);

const projectsOf = indexedBy<Project>((p) => [p.leadOrganisation?.documentId]);
/** Projects an organisation leads, in the order of `data.projects`. */
export const projectsLedBy = query(
  'projectsLedBy',
  (data: Pick<SiteData, 'projects'>, organisation: Organisation): readonly Project[] =>
    projectsOf(data.projects, organisation.documentId),
  FROM_DATA,
);

const videosOf = indexedBy<Video>((v) => v.projects.map((p) => p.documentId));
/** Videos about a project, in the order of `data.videos` (newest first). */
export const videosOfProject = query(
  'videosOfProject',
  (data: Pick<SiteData, 'videos'>, project: Project): readonly Video[] =>
    videosOf(data.videos, project.documentId),
  FROM_DATA,
);

/** A project's news, newest first: its pages list them PAGE_SIZE at a time, its feed the first FEED_SIZE. */
export function newsOfProject(data: Pick<SiteData, 'articlesOf'>, project: Project): readonly Article[] {
  return data.articlesOf.get(project.documentId) ?? [];
}

/** Resolves relation refs to published entries, skipping any that are not published. */
export function resolve<T>(refs: Array<{ documentId: string }>, map: Map<string, T>): T[] {
  return refs.flatMap((ref) => {
    const entry = map.get(ref.documentId);
    return entry ? [entry] : [];
  });
}

/** Reader-facing name of a project: its title, else "Đề án <code>". */
export function projectName(project: Project): string {
  if (project.title && project.code) return `Đề án ${project.code}: ${project.title}`;
  return project.title ?? `Đề án ${project.code}`;
}

/** The portal's name as the chief editor set it, else the built-in one. */
export function siteName(data: Pick<SiteData, 'settings'>): string {
  return data.settings?.siteName ?? SITE_NAME;
}

/** Topics (the articles' tags) that have news, with their news newest first, by name. */
export const topicsWithNews = query(
  'topicsWithNews',
  (data: Pick<SiteData, 'tags' | 'articlesOf'>): Array<{ tag: Tag; news: Article[] }> =>
    [...data.tags.values()]
      .map((tag) => ({ tag, news: data.articlesOf.get(tag.documentId) ?? [] }))
      .filter(({ news }) => news.length > 0)
      .sort((a, b) => a.tag.name.localeCompare(b.tag.name, 'vi')),
  FROM_DATA,
);

const archives = new WeakMap<readonly Article[], Array<{ year: number; news: Article[] }>>();
/**
 * News by the year of its editorial date (Vietnam time), newest year first, newest news first. Once
 * per list of articles: the archive's index and its years' pages ask it in each render.
 */
export const newsByYear = query(
  'newsByYear',
  (data: Pick<SiteData, 'articles'>): ReadonlyArray<{ year: number; news: Article[] }> => {
    let archive = archives.get(data.articles);
    if (!archive) {
      archive = archiveOf(data.articles);
      archives.set(data.articles, archive);
    }
    return archive;
  },
  FROM_DATA,
);

function archiveOf(articles: readonly Article[]): Array<{ year: number; news: Article[] }> {
  const years = new Map<number, Article[]>();
  for (const article of articles) {
    const { year } = yearMonth(article.date);
    const list = years.get(year);
    if (list) list.push(article);
    else years.set(year, [article]);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, news]) => ({ year, news }));
}

/** The configured site URL of a page or endpoint context; throws if astro.config.ts left `site` unset. */
export function siteOf(context: { site?: URL | undefined }): URL {
  if (!context.site) throw new Error('astro.config.ts must set site (SITE_URL)');
  return context.site;
}
