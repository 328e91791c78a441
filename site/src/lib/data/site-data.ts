import { getCollection } from 'astro:content';
import { readBody } from './body-store';
import { fastCopy } from './fast-objects';
import { yearMonth } from '../format';
import { SITE_NAME } from '../urls';
import { findBrokenMedia, mediaUses, withoutMedia, type MediaUse } from '../media/media-health';
import { query, tracked } from './page-reads';
import { renderScope } from './render-scope';
import type {
  Article,
  ContentTypeKey,
  EmulationPledge,
  Organisation,
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
  tags: Map<string, Tag>;
  organisationById: Map<string, Organisation>;
  projectById: Map<string, Project>;
  pledgeById: Map<string, EmulationPledge>;
  videoById: Map<string, Video>;
  articleById: Map<string, Article>;
  childrenOf: Map<string, Organisation[]>;
  articlesOf: Map<string, Article[]>;
  /** Uploads left out of an entry (by documentId) because the build could not use them. */
  droppedMedia: Map<string, MediaUse[]>;
  /** The portal's own details (footer, feeds, JSON-LD); null until the chief editor saves them. */
  settings: SiteSetting | null;
  /**
   * Each entry's place in the content store (the order `getCollection` gives): entries that sort
   * alike (same date) keep it, so a page rendered with one entry changed lists them as a build does.
   */
  storeOrder: Map<string, number>;
}

let cached: Promise<SiteData> | undefined;

/** The lists of SiteData whose entries can hold uploads, and the content type of each. */
type MediaLists = Pick<SiteData, 'articles' | 'organisations' | 'projects' | 'pledges' | 'videos'>;
const MEDIA_TYPE_OF: Record<keyof MediaLists, ContentTypeKey> = {
  articles: 'article',
  organisations: 'organisation',
  projects: 'project',
  pledges: 'emulationPledge',
  videos: 'video',
};

/** Every upload the entries of these lists use, with the entry and field it is in. */
export function mediaUsesOf(lists: MediaLists): MediaUse[] {
  return (Object.keys(MEDIA_TYPE_OF) as Array<keyof MediaLists>).flatMap((key) =>
    lists[key].flatMap((entry) => mediaUses(MEDIA_TYPE_OF[key], entry)),
  );
}

function group<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
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
};

/** A list's order, with entries that sort alike kept in store order (as a build's stable sort keeps them). */
function orderOf<K extends keyof MediaLists>(key: K, storeOrder: Map<string, number>) {
  const compare = ORDER[key] as (a: MediaLists[K][number], b: MediaLists[K][number]) => number;
  return (a: MediaLists[K][number], b: MediaLists[K][number]) =>
    compare(a, b) || (storeOrder.get(a.documentId) ?? 0) - (storeOrder.get(b.documentId) ?? 0);
}

/** Puts each list in the order the pages show it. */
function sortLists(lists: MediaLists, storeOrder: Map<string, number>): MediaLists {
  const sorted = <K extends keyof MediaLists>(key: K) => [...lists[key]].sort(orderOf(key, storeOrder));
  return {
    articles: sorted('articles'),
    organisations: sorted('organisations'),
    projects: sorted('projects'),
    pledges: sorted('pledges'),
    videos: sorted('videos'),
  };
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
  const [articles, organisations, projects, pledges, videos, tags, settings] = await Promise.all([
    getCollection('articles'),
    getCollection('organisations'),
    getCollection('projects'),
    getCollection('pledges'),
    getCollection('videos'),
    getCollection('tags'),
    getCollection('settings'),
  ]);
  // From Strapi the body is read from the body store when a page renders it (STORED_BODY); from
  // local Markdown files (bench floor) it is the file's body.
  const withBodies = articles.map((e): Article => {
    const data = e.data as Omit<Article, 'body'> & { body?: string };
    if (e.body !== undefined) return { ...data, body: e.body };
    return fastCopy(data, STORED_BODY, 'body') as Article;
  });
  const storeOrder = new Map<string, number>();
  for (const list of [articles, organisations, projects, pledges, videos])
    for (const [i, e] of list.entries()) storeOrder.set(e.data.documentId, i);
  return {
    articles: withBodies,
    organisations: organisations.map((e) => e.data),
    projects: projects.map((e) => e.data),
    pledges: pledges.map((e) => e.data),
    videos: videos.map((e) => e.data),
    tags: tags.map((e) => e.data),
    settings: settings[0]?.data ?? null,
    storeOrder,
  };
}

/** Leaves out of the entries the uploads the build cannot use (in scope: the entries to check). */
async function withUsableMedia(
  lists: MediaLists,
  inScope: (documentId: string) => boolean,
): Promise<{ lists: MediaLists; dropped: MediaUse[] }> {
  const uses = mediaUsesOf(lists);
  const broken = await findBrokenMedia(uses, (use) => inScope(use.documentId));
  if (broken.size === 0) return { lists, dropped: [] };
  const usable = <K extends keyof MediaLists>(key: K): MediaLists[K] =>
    lists[key].map((entry: object) => withoutMedia(MEDIA_TYPE_OF[key], entry, broken)) as MediaLists[K];
  return {
    lists: {
      articles: usable('articles'),
      organisations: usable('organisations'),
      projects: usable('projects'),
      pledges: usable('pledges'),
      videos: usable('videos'),
    },
    dropped: uses
      .filter((use) => broken.has(use.media.url))
      .map((use) => ({ ...use, reason: broken.get(use.media.url)! })),
  };
}

const byId = <T extends { documentId: string }>(entries: T[]) =>
  new Map(entries.map((e) => [e.documentId, e]));

/** The indexes built from each list: when one entry changes, only its list's are built again. */
const INDEXES = {
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
} satisfies { [K in keyof MediaLists]: (list: MediaLists[K]) => Partial<SiteData> };

/** Sorts the lists as the pages show them and joins them by documentId into what the pages read. */
export function join(loaded: Loaded, dropped: MediaUse[]): SiteData {
  const lists = sortLists(loaded, loaded.storeOrder);
  return {
    ...lists,
    tags: new Map(loaded.tags.map((t) => [t.documentId, t])),
    ...INDEXES.articles(lists.articles),
    ...INDEXES.organisations(lists.organisations),
    ...INDEXES.projects(lists.projects),
    ...INDEXES.pledges(lists.pledges),
    ...INDEXES.videos(lists.videos),
    settings: loaded.settings,
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

/** The lists, empty. */
const NO_LISTS: MediaLists = { articles: [], organisations: [], projects: [], pledges: [], videos: [] };

/** The list of SiteData that holds entries of a content type (tags are not shown on their own). */
const LIST_OF: Partial<Record<ContentTypeKey, keyof MediaLists>> = Object.fromEntries(
  Object.entries(MEDIA_TYPE_OF).map(([list, key]) => [key, list]),
);

/**
 * `articlesOf` with one article replaced (`before`, if it was published) by `after`: only the lists of
 * the references either has are touched, each kept in the order of `data.articles`.
 */
function reindexArticle(
  articlesOf: Map<string, Article[]>,
  before: Article | undefined,
  after: Article,
  order: (a: Article, b: Article) => number,
): Map<string, Article[]> {
  const next = new Map(articlesOf);
  const id = after.documentId;
  for (const key of new Set([...(before ? refIds(before) : []), ...refIds(after)])) {
    let list = (next.get(key) ?? []).filter((a) => a.documentId !== id);
    // As `group` lists it: once per reference to `key`.
    for (const ref of refIds(after)) if (ref === key) list = insertInOrder(list, after, order);
    if (list.length > 0) next.set(key, list);
    else next.delete(key);
  }
  return next;
}

/**
 * The site's data as it would be with one entry (a draft being previewed, an edit being rendered)
 * published: the entry replaces its published version, or joins its list in its place, and the
 * indexes of that list are brought up to date. What `join` would build from the new lists, without
 * sorting or joining 100,000 articles again (a test holds the two to the same result). Only the
 * entry's uploads are checked; the other entries keep the verdicts they were loaded with.
 */
export async function withEntry(
  data: SiteData,
  key: ContentTypeKey,
  entry: { documentId: string },
): Promise<SiteData> {
  const id = entry.documentId;
  if (key === 'tag') return { ...data, tags: new Map(data.tags).set(id, entry as Tag) };
  const list = LIST_OF[key];
  if (!list) throw new Error(`no page shows entries of type ${key} on their own`);
  // A new entry goes to the end of the store, as the next build's sync will put it.
  let storeOrder = data.storeOrder;
  if (!storeOrder.has(id)) storeOrder = new Map(storeOrder).set(id, storeEnd(storeOrder));
  const checked = await withUsableMedia({ ...NO_LISTS, [list]: [entry] }, () => true);
  const usable = checked.lists[list][0]!;
  const order = orderOf(list, storeOrder) as (a: object, b: object) => number;
  const current = data[list] as Array<{ documentId: string }>;
  const entries = insertInOrder(
    current.filter((e) => e.documentId !== id),
    usable,
    order,
  );
  const droppedMedia = new Map(data.droppedMedia);
  droppedMedia.delete(id);
  if (checked.dropped.length > 0) droppedMedia.set(id, checked.dropped);
  const indexes =
    list === 'articles'
      ? {
          articleById: new Map(data.articleById).set(id, usable as Article),
          articlesOf: reindexArticle(data.articlesOf, data.articleById.get(id), usable as Article, order),
        }
      : (INDEXES[list] as (list: object[]) => Partial<SiteData>)(entries);
  return { ...data, [list]: entries, ...indexes, storeOrder, droppedMedia };
}

/** The place after the last in the store (an entry taken out leaves a gap). */
function storeEnd(storeOrder: Map<string, number>): number {
  let end = 0;
  for (const at of storeOrder.values()) if (at >= end) end = at + 1;
  return end;
}

/**
 * The site's data with an entry no longer published (unpublished or deleted): out of its list and
 * the indexes, and out of the store's order (published again, it comes last, as a build's sync puts it).
 */
export function withoutEntry(data: SiteData, key: ContentTypeKey, documentId: string): SiteData {
  const storeOrder = new Map(data.storeOrder);
  storeOrder.delete(documentId);
  const droppedMedia = new Map(data.droppedMedia);
  droppedMedia.delete(documentId);
  if (key === 'tag') {
    const tags = new Map(data.tags);
    tags.delete(documentId);
    return { ...data, tags };
  }
  const list = LIST_OF[key];
  if (!list) throw new Error(`no page shows entries of type ${key} on their own`);
  const current = data[list] as Array<{ documentId: string }>;
  if (!current.some((e) => e.documentId === documentId)) return data;
  const entries = current.filter((e) => e.documentId !== documentId);
  let indexes: Partial<SiteData>;
  if (list === 'articles') {
    const before = data.articleById.get(documentId)!;
    const articleById = new Map(data.articleById);
    articleById.delete(documentId);
    const articlesOf = new Map(data.articlesOf);
    for (const ref of new Set(refIds(before))) {
      const left = (articlesOf.get(ref) ?? []).filter((a) => a.documentId !== documentId);
      if (left.length > 0) articlesOf.set(ref, left);
      else articlesOf.delete(ref);
    }
    indexes = { articleById, articlesOf };
  } else {
    indexes = (INDEXES[list] as (list: object[]) => Partial<SiteData>)(entries);
  }
  return { ...data, [list]: entries, ...indexes, storeOrder, droppedMedia };
}

/** The site's data with the portal's own details as the chief editor saved them. */
export function withSettings(data: SiteData, settings: SiteSetting | null): SiteData {
  return { ...data, settings };
}

/**
 * The published entries that refer to one of `ids` (by type): Strapi drops a relation to an entry
 * that is no longer published, so these come back without it.
 */
export function referrersOf(
  data: SiteData,
  ids: ReadonlySet<string>,
): Partial<Record<ContentTypeKey, string[]>> {
  const refers = (refs: Array<{ documentId: string } | null | undefined>) =>
    refs.some((ref) => ref && ids.has(ref.documentId));
  const of = <T extends { documentId: string }>(
    entries: T[],
    refs: (entry: T) => Array<{ documentId: string } | null | undefined>,
  ) => entries.filter((entry) => !ids.has(entry.documentId) && refers(refs(entry))).map((e) => e.documentId);
  const articles = new Set<string>();
  for (const id of ids) for (const article of data.articlesOf.get(id) ?? []) articles.add(article.documentId);
  for (const id of ids) articles.delete(id);
  return {
    article: [...articles],
    organisation: of(data.organisations, (o) => [o.parent, o.mergedInto]),
    project: of(data.projects, (p) => [p.leadOrganisation]),
    emulationPledge: of(data.pledges, (p) => [p.host, ...p.signatories]),
    video: of(data.videos, (v) => [...v.projects, ...v.organisations]),
  };
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
    data.tags.get(documentId)
  );
}

/** How a query of this module finds its entry arguments in a version of the data. */
const FROM_DATA = { entry: (data: object, id: string) => entryIn(data as SiteData, id) };

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

/** How many of its tree's newest articles an organisation's page lists. */
export const ORGANISATION_PAGE_NEWS = 12;

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

/** The references related news is scored on (videos are not: a video's page lists its articles). */
function relatedBy(article: Article): Array<{ documentId: string }> {
  return [...article.organisations, ...article.projects, ...article.tags, ...article.pledges];
}

/** The index in `list` (newest first) of its first article older than `date`: bisection, lists run to thousands. */
function firstOlder(list: Article[], date: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.date >= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Related news ("Tin liên quan"): earlier articles only, as Vietnamese portals list the news that
 * came before ("các tin đã đưa"); most shared organisations, projects, tags and pledges first, then
 * newest. Earlier only keeps a page as it was when newer news comes out: publishing an article
 * changes no other article's page, where "newest first" put it on thousands of pages of its topic.
 */
export const relatedArticles = query(
  'relatedArticles',
  (data: SiteData, article: Article, count: number = 3): Article[] => {
    const score = new Map<string, number>();
    for (const ref of relatedBy(article)) {
      const list = data.articlesOf.get(ref.documentId) ?? [];
      for (let i = firstOlder(list, article.date); i < list.length; i++) {
        const other = list[i]!;
        score.set(other.documentId, (score.get(other.documentId) ?? 0) + 1);
      }
    }
    // The best few in one pass: a tag can be shared by thousands of articles, and sorting them all
    // for every page was a measurable part of a 10,000-article build.
    const best: Array<{ article: Article; score: number }> = [];
    for (const [id, points] of score) {
      const other = data.articleById.get(id)!;
      const at = best.findIndex(
        (b) => points > b.score || (points === b.score && other.date > b.article.date),
      );
      if (at === -1) {
        if (best.length < count) best.push({ article: other, score: points });
      } else {
        best.splice(at, 0, { article: other, score: points });
        if (best.length > count) best.pop();
      }
    }
    return best.map((b) => b.article);
  },
  {
    ...FROM_DATA,
    // Of 100,000 article pages' related news, those an edit may change (relatedMayChange).
    mayChange: (before, after, changed) => {
      const pages = relatedMayChange(after, before, [...changed]);
      return ([article]) => pages.has(article as string);
    },
  },
);

/** The score relatedArticles gives `other` on `article`'s page: each of the article's references it has. */
function sharedRefs(article: Article, other: Article): number {
  const theirs = refIds(other);
  let score = 0;
  for (const ref of relatedBy(article)) for (const id of theirs) if (id === ref.documentId) score++;
  return score;
}

/**
 * How many articles other than `article` and `than`, newer than `than`, score at least `score` on
 * `article`'s page (each ranks above `than` there), counted up to `count`.
 */
function newerScoring(data: SiteData, article: Article, than: Article, score: number, count: number): number {
  const seen = new Set<string>();
  for (const ref of relatedBy(article)) {
    // Among the article's earlier news, newest first: stop at the first one not newer than `than`.
    const list = data.articlesOf.get(ref.documentId) ?? [];
    for (let i = firstOlder(list, article.date); i < list.length; i++) {
      const other = list[i]!;
      if (!(other.date > than.date)) break;
      const id = other.documentId;
      if (id === article.documentId || id === than.documentId || seen.has(id)) continue;
      if (sharedRefs(article, other) >= score && seen.add(id).size >= count) return count;
    }
  }
  return seen.size;
}

/**
 * Whether one of the `changed` articles can be among an article's related news (relatedArticles),
 * without scoring everything the article shares a reference with (thousands of articles per topic
 * at 100,000): only an earlier article can be related, and it ranks below every article between it
 * and the page's that scores as much, so `count` of those leave it out; news of one topic or
 * project comes often, so this is decided in a few steps. Never false when relatedArticles lists one;
 * sometimes true when it does not (that page is then rendered again, unchanged).
 */
export function mayRelate(data: SiteData, article: Article, changed: Iterable<string>, count = 3): boolean {
  for (const id of changed) {
    const other = data.articleById.get(id);
    // Only earlier news is related.
    if (!other || !(other.date < article.date)) continue;
    const score = sharedRefs(article, other);
    if (score > 0 && newerScoring(data, article, other, score, count) < count) return true;
  }
  return false;
}

/** Articles sharing an organisation, project, tag or pledge with a given one: the only pages it can be related on. */
function articlesSharingRefs(data: SiteData, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const article = data.articleById.get(id);
    if (!article) continue;
    for (const ref of relatedBy(article)) {
      for (const other of data.articlesOf.get(ref.documentId) ?? []) out.add(other.documentId);
    }
  }
  return out;
}

/**
 * The article pages whose related news may change when the `changed` articles change: those where
 * one of them is, or may be, listed after the change (`after`, the site's data with them) or was
 * before it (`before`, when known: a reference removed takes an article out of pages). Every page
 * whose related news differs is in it (a test checks every page over random edits); a few more may be.
 */
export function relatedMayChange(after: SiteData, before: SiteData | null, changed: string[]): Set<string> {
  const pages = new Set<string>();
  for (const data of before ? [after, before] : [after]) {
    for (const id of articlesSharingRefs(data, changed)) {
      const page = data.articleById.get(id);
      if (page && mayRelate(data, page, changed)) pages.add(id);
    }
  }
  return pages;
}

/** Reader-facing name of a project: its title, else "Đề án <code>". */
export function projectName(project: Project): string {
  if (project.title && project.code) return `Đề án ${project.code}: ${project.title}`;
  return project.title ?? `Đề án ${project.code}`;
}

export const PAGE_SIZE = 10;

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

/** The portal's name as the chief editor set it, else the built-in one. */
export function siteName(data: Pick<SiteData, 'settings'>): string {
  return data.settings?.siteName ?? SITE_NAME;
}

/** One page of a list cut into pages of PAGE_SIZE (1-based; an empty list has one, empty). */
export interface ListPage<T> {
  current: number;
  last: number;
  items: T[];
}

/** Page `current` of a list (see ListPage). */
export function pageOf<T>(items: readonly T[], current: number): ListPage<T> {
  const last = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  return { current, last, items: items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE) };
}

/** Every page of a list (see ListPage). */
export function paginate<T>(items: readonly T[]): Array<ListPage<T>> {
  return Array.from({ length: pageOf(items, 1).last }, (_, i) => pageOf(items, i + 1));
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
