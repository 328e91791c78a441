// Related news ("Tin liên quan") and which article pages an edit may give other related news: the
// one query that 100,000 pages each ask, with the test that rules most of them out after an edit.
import type { Article } from 'shared-types';
import { query } from './page-reads';
import { FROM_DATA } from './queries';
import { refIds, type SiteData } from './site-data';

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
