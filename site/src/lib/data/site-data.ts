import { getCollection } from 'astro:content';
import { readBody } from './body-store';
import { fastCopy } from './fast-objects';
import { findBrokenMedia, mediaUses, withoutMedia, type MediaUse } from '../media/media-health';
import { tracked } from './page-reads';
import { renderScope } from './render-scope';
import type {
  Article,
  ContentTypeKey,
  EmulationPledge,
  Leader,
  LegalDocument,
  Menu,
  Organisation,
  Page,
  Project,
  SiteSetting,
  Tag,
  Video,
} from 'shared-types';

/** Every published entry, loaded once per build and joined by documentId. */
export interface SiteData {
  /** Newest first, by the editorial date. */
  articles: Article[];
  organisations: Organisation[];
  projects: Project[];
  /** Newest first, by start year. */
  pledges: EmulationPledge[];
  /** Newest first. */
  videos: Video[];
  /** The portal's own pages (Giới thiệu, Liên hệ…), by their order, then title. */
  pages: Page[];
  /** The document library (Văn bản), newest issued first. */
  documents: LegalDocument[];
  /** The union's leaders (Lãnh đạo): those in office first, by their order, then the past by term. */
  leaders: Leader[];
  tags: Map<string, Tag>;
  organisationById: Map<string, Organisation>;
  projectById: Map<string, Project>;
  pledgeById: Map<string, EmulationPledge>;
  videoById: Map<string, Video>;
  articleById: Map<string, Article>;
  pageById: Map<string, Page>;
  documentById: Map<string, LegalDocument>;
  /** Documents by what they refer to (issuing unit, topics, articles, projects), newest first. */
  documentsOf: Map<string, LegalDocument[]>;
  leaderById: Map<string, Leader>;
  /** Leaders by their unit, in the order of `leaders`. */
  leadersOf: Map<string, Leader[]>;
  childrenOf: Map<string, Organisation[]>;
  /** A page's children, in order; the pages at the top of the tree under ''. */
  pagesUnder: Map<string, Page[]>;
  articlesOf: Map<string, Article[]>;
  /** Uploads left out of an entry (by documentId) because the build could not use them. */
  droppedMedia: Map<string, MediaUse[]>;
  /** The portal's own details (footer, feeds, JSON-LD); null until the chief editor saves them. */
  settings: SiteSetting | null;
  /** The header's and footer's menus as the chief editor saved them; null: the default ones. */
  menu: Menu | null;
  /**
   * Each entry's place in the content store (the order `getCollection` gives): entries that sort
   * alike (same date) keep it, so a page rendered with one entry changed lists them as a build does.
   */
  storeOrder: Map<string, number>;
}

let cached: Promise<SiteData> | undefined;

/** The lists of SiteData whose entries can hold uploads, and the content type of each. */
export type MediaLists = Pick<
  SiteData,
  'articles' | 'organisations' | 'projects' | 'pledges' | 'videos' | 'pages' | 'documents' | 'leaders'
>;
export const MEDIA_TYPE_OF: Record<keyof MediaLists, ContentTypeKey> = {
  articles: 'article',
  organisations: 'organisation',
  projects: 'project',
  pledges: 'emulationPledge',
  videos: 'video',
  pages: 'page',
  documents: 'legalDocument',
  leaders: 'leader',
};
const LISTS = Object.keys(MEDIA_TYPE_OF) as Array<keyof MediaLists>;

/** Each list made by `make` from its name. */
function eachList(make: <K extends keyof MediaLists>(key: K) => MediaLists[K]): MediaLists {
  return Object.fromEntries(LISTS.map((key) => [key, make(key)])) as unknown as MediaLists;
}

/** Every upload the entries of these lists use, with the entry and field it is in. */
export function mediaUsesOf(lists: MediaLists): MediaUse[] {
  return LISTS.flatMap((key) => lists[key].flatMap((entry) => mediaUses(MEDIA_TYPE_OF[key], entry)));
}

export function group<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

/** The lists as loaded, in store order, before they are sorted and joined. */
export interface Loaded extends MediaLists {
  tags: Tag[];
  settings: SiteSetting | null;
  menu: Menu | null;
  storeOrder: Map<string, number>;
}

const byDate = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);

/** How each list is ordered on the pages: newest (or by name) first. */
const ORDER: { [K in keyof MediaLists]: (a: MediaLists[K][number], b: MediaLists[K][number]) => number } = {
  articles: byDate,
  organisations: (a, b) => a.name.localeCompare(b.name, 'vi'),
  projects: (a, b) =>
    (a.code ?? a.title ?? '').localeCompare(b.code ?? b.title ?? '', 'vi', { numeric: true }),
  pledges: (a, b) => b.startYear - a.startYear || a.title.localeCompare(b.title, 'vi'),
  videos: byDate,
  pages: (a, b) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title, 'vi'),
  documents: (a, b) =>
    b.issuedOn.localeCompare(a.issuedOn) || a.number.localeCompare(b.number, 'vi', { numeric: true }),
  leaders: (a, b) =>
    Number(b.current) - Number(a.current) ||
    (a.current ? (a.order ?? 0) - (b.order ?? 0) : b.startYear - a.startYear) ||
    a.name.localeCompare(b.name, 'vi'),
};

/** A list's order, with entries that sort alike kept in store order (as a build's stable sort keeps them). */
export function orderOf<K extends keyof MediaLists>(key: K, storeOrder: Map<string, number>) {
  const compare = ORDER[key] as (a: MediaLists[K][number], b: MediaLists[K][number]) => number;
  return (a: MediaLists[K][number], b: MediaLists[K][number]) =>
    compare(a, b) || (storeOrder.get(a.documentId) ?? 0) - (storeOrder.get(b.documentId) ?? 0);
}

/** Puts each list in the order the pages show it. */
function sortLists(lists: MediaLists, storeOrder: Map<string, number>): MediaLists {
  return eachList((key) => [...lists[key]].sort(orderOf(key, storeOrder)) as MediaLists[typeof key]);
}

/** `list` (in `order`) with `item` put in its place: found by bisection, not by sorting the whole list again. */
export function insertInOrder<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): T[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (order(list[mid]!, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return [...list.slice(0, low), item, ...list.slice(low)];
}

/**
 * The prototype of an article loaded from Strapi: its body, read from the body store when a page
 * asks for it. On the prototype, not the article: an own getter makes each of 100,000 articles a
 * dictionary (fast-objects.ts). A copy of such an article keeps its prototype (withoutMedia).
 */
const STORED_BODY: object = Object.defineProperty({}, 'body', {
  get(this: { documentId: string }) {
    return readBody(this.documentId);
  },
  enumerable: true,
});

async function loadCollections(): Promise<Loaded> {
  const [
    articles,
    organisations,
    projects,
    pledges,
    videos,
    pages,
    documents,
    leaders,
    tags,
    settings,
    menu,
  ] = await Promise.all([
    getCollection('articles'),
    getCollection('organisations'),
    getCollection('projects'),
    getCollection('pledges'),
    getCollection('videos'),
    getCollection('pages'),
    getCollection('documents'),
    getCollection('leaders'),
    getCollection('tags'),
    getCollection('settings'),
    getCollection('menu'),
  ]);
  // From Strapi the body is read from the body store when a page renders it (STORED_BODY); from
  // local Markdown files (bench floor) it is the file's body.
  const withBodies = articles.map((e): Article => {
    const data = e.data as Omit<Article, 'body'> & { body?: string };
    if (e.body !== undefined) return { ...data, body: e.body };
    return fastCopy(data, STORED_BODY, 'body') as Article;
  });
  const storeOrder = new Map<string, number>();
  for (const list of [articles, organisations, projects, pledges, videos, pages, documents, leaders])
    for (const [i, e] of list.entries()) storeOrder.set(e.data.documentId, i);
  return {
    articles: withBodies,
    organisations: organisations.map((e) => e.data),
    projects: projects.map((e) => e.data),
    pledges: pledges.map((e) => e.data),
    videos: videos.map((e) => e.data),
    pages: pages.map((e) => e.data),
    documents: documents.map((e) => e.data),
    leaders: leaders.map((e) => e.data),
    tags: tags.map((e) => e.data),
    settings: settings[0]?.data ?? null,
    menu: menu[0]?.data ?? null,
    storeOrder,
  };
}

/** Leaves out of the entries the uploads the build cannot use (in scope: the entries to check). */
export async function withUsableMedia(
  lists: MediaLists,
  inScope: (documentId: string) => boolean,
): Promise<{ lists: MediaLists; dropped: MediaUse[] }> {
  const uses = mediaUsesOf(lists);
  const broken = await findBrokenMedia(uses, (use) => inScope(use.documentId));
  if (broken.size === 0) return { lists, dropped: [] };
  return {
    lists: eachList(
      (key) =>
        lists[key].map((entry: object) =>
          withoutMedia(MEDIA_TYPE_OF[key], entry, broken),
        ) as MediaLists[typeof key],
    ),
    dropped: uses
      .filter((use) => broken.has(use.media.url))
      .map((use) => ({ ...use, reason: broken.get(use.media.url)! })),
  };
}

const byId = <T extends { documentId: string }>(entries: T[]) =>
  new Map(entries.map((e) => [e.documentId, e]));

/** The indexes built from each list: when one entry changes, only its list's are built again. */
export const INDEXES = {
  articles: (articles: Article[]) => ({
    articleById: byId(articles),
    // Articles of any related entry (organisation, project, pledge, video, tag), newest first.
    articlesOf: group(articles, refIds),
  }),
  organisations: (orgs: Organisation[]) => ({
    organisationById: byId(orgs),
    childrenOf: group(orgs, (o) => (o.parent ? [o.parent.documentId] : [])),
  }),
  projects: (projects: Project[]) => ({ projectById: byId(projects) }),
  pledges: (pledges: EmulationPledge[]) => ({ pledgeById: byId(pledges) }),
  videos: (videos: Video[]) => ({ videoById: byId(videos) }),
  pages: (pages: Page[]) => ({
    pageById: byId(pages),
    pagesUnder: group(pages, (p) => [p.parent?.documentId ?? '']),
  }),
  leaders: (leaders: Leader[]) => ({
    leaderById: byId(leaders),
    leadersOf: group(leaders, (l) => (l.organisation ? [l.organisation.documentId] : [])),
  }),
  documents: (documents: LegalDocument[]) => ({
    documentById: byId(documents),
    documentsOf: group(documents, (d) =>
      [d.issuer, ...d.tags, ...d.articles, ...d.projects].flatMap((ref) => (ref ? [ref.documentId] : [])),
    ),
  }),
} satisfies { [K in keyof MediaLists]: (list: MediaLists[K]) => Partial<SiteData> };

/** Sorts the lists as the pages show them and joins them by documentId into what the pages read. */
export function join(loaded: Loaded, dropped: MediaUse[]): SiteData {
  const lists = sortLists(loaded, loaded.storeOrder);
  return {
    ...lists,
    tags: new Map(loaded.tags.map((t) => [t.documentId, t])),
    ...Object.assign(
      {},
      ...LISTS.map((key) => (INDEXES[key] as (list: object[]) => Partial<SiteData>)(lists[key])),
    ),
    settings: loaded.settings,
    menu: loaded.menu,
    storeOrder: loaded.storeOrder,
    droppedMedia: group(dropped, (use) => [use.documentId]),
  };
}

async function load(): Promise<SiteData> {
  const loaded = await loadCollections();
  // The resident renderer (SITE_RENDERER) keeps the verdicts of the build it comes from: checking
  // every upload again would cost a request per upload at each start. An edit checks its entries'.
  const resident = process.env.SITE_RENDERER === '1';
  const { lists, dropped } = await withUsableMedia(loaded, () => !resident);
  return join({ ...loaded, ...lists }, dropped);
}

/**
 * The site's data; `getCollection` runs once per build, not once per page. Inside a render scope
 * (the resident renderer rendering published pages), the scope's data.
 */
export async function siteData(): Promise<SiteData> {
  const scoped = renderScope.getStore();
  if (scoped) return tracked(scoped.data);
  cached ??= load();
  return tracked(await cached);
}

/** The resident renderer's data from now on: the published site after a fast render went out. */
export function replaceSiteData(data: SiteData) {
  cached = Promise.resolve(data);
}

/** The data a page renders from: a preview's (the site with the draft in it), else the build's. */
export function pageData(locals: App.Locals): Promise<SiteData> {
  return locals.preview ? Promise.resolve(locals.preview.data) : siteData();
}

/** An entry of any type by its documentId, or undefined when it is not published. */
export function entryIn(data: SiteData, documentId: string): { documentId: string } | undefined {
  return (
    data.articleById.get(documentId) ??
    data.organisationById.get(documentId) ??
    data.projectById.get(documentId) ??
    data.pledgeById.get(documentId) ??
    data.videoById.get(documentId) ??
    data.pageById.get(documentId) ??
    data.documentById.get(documentId) ??
    data.leaderById.get(documentId) ??
    data.tags.get(documentId)
  );
}

/** The documentIds an entry's relations point at. */
export function refIds(
  entry: Partial<
    Record<'organisations' | 'projects' | 'pledges' | 'videos' | 'tags', Array<{ documentId: string }>>
  >,
): string[] {
  return [
    ...(entry.organisations ?? []),
    ...(entry.projects ?? []),
    ...(entry.pledges ?? []),
    ...(entry.videos ?? []),
    ...(entry.tags ?? []),
  ].map((r) => r.documentId);
}
