// The site's data with one entry changed in it: published or edited (withEntry: a draft being
// previewed, an edit being rendered), no longer published (withoutEntry), or a single type (the
// site settings, the menu).
// Each gives what a build would load from the new content, without sorting or joining 100,000
// articles again (site-data.test.ts holds the two to the same result over random edits).
import type { Article, ContentTypeKey, SingleTypeKey, SingleTypeMap, Tag } from 'shared-types';
import {
  INDEXES,
  insertInOrder,
  MEDIA_TYPE_OF,
  orderOf,
  refIds,
  withUsableMedia,
  type MediaLists,
  type SiteData,
} from './site-data';

/** The lists, empty (an edit starts from them; so do tests). */
export const NO_LISTS: MediaLists = {
  articles: [],
  organisations: [],
  projects: [],
  pledges: [],
  videos: [],
  pages: [],
  documents: [],
  leaders: [],
};

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

/** Where SiteData keeps each single type. */
const SINGLE_FIELD = { siteSetting: 'settings', menu: 'menu' } as const satisfies Record<
  SingleTypeKey,
  keyof SiteData
>;

/** The site's data with a single type (the portal's details, the menu) as the chief editor saved it. */
export function withSingle<K extends SingleTypeKey>(
  data: SiteData,
  key: K,
  value: SingleTypeMap[K] | null,
): SiteData {
  return { ...data, [SINGLE_FIELD[key]]: value };
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
    page: of(data.pages, (p) => [p.parent]),
    legalDocument: of(data.documents, (d) => [d.issuer, ...d.tags, ...d.articles, ...d.projects]),
    leader: of(data.leaders, (l) => [l.organisation]),
  };
}
