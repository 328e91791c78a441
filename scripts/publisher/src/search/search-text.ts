// Text handling of the search API's index (search-db.ts): the folding that makes "quang tri" find
// "Quảng Trị", a reader's query as an SQLite full-text (FTS5) expression, and the excerpt shown
// under a result. Pure functions, no I/O.
import { foldD } from 'shared-types/search-api';

/**
 * A text as it is indexed and searched: lower case, without tone marks or other diacritics, đ as d.
 * SQLite's tokenizer drops diacritics too (remove_diacritics 2); folding here as well keeps the
 * excerpt's matching and the index's in step.
 */
export function foldText(text: string): string {
  return foldD(text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

/** A query's words, folded: letters and digits, as SQLite's unicode61 tokenizer splits them. */
export function queryTerms(query: string): string[] {
  return foldText(query).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The FTS5 expression for a query: every word must be there, the last one as the start of a word
 * (the reader may still be typing it: "phu n" finds "phụ nữ"), the others whole ("phu nu" does not
 * find "phù" or "núi"). Null when the query has no word.
 */
export function matchExpression(query: string): string | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' AND ');
}

/** Whether a word of a text is a hit for a query's terms, as matchExpression matches them. */
function isHit(word: string, terms: string[]): boolean {
  const tokens = foldText(word).match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = terms.length - 1;
  return tokens.some((token) =>
    terms.some((term, i) => (i === last ? token.startsWith(term) : token === term)),
  );
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Words in an excerpt, as Pagefind's. */
export const EXCERPT_WORDS = 30;

/**
 * The excerpt of a page for a query: the EXCERPT_WORDS words of its text with the most hits,
 * escaped, each hit (a query word; the last one may start a word) in <mark>, as Pagefind's are.
 */
export function excerpt(content: string, terms: string[], length = EXCERPT_WORDS): string {
  const words = content.split(/\s+/).filter(Boolean);
  const hit = words.map((word) => isHit(word, terms));
  // The window with the most hits (the first of equals): a running count over the words.
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < words.length; i++) {
    hits += hit[i] ? 1 : 0;
    if (i >= length) hits -= hit[i - length] ? 1 : 0;
    const start = Math.max(0, i - length + 1);
    if (hits > bestHits) [best, bestHits] = [start, hits];
  }
  // Its hits in the middle, with words around them to read them in.
  const first = hit.indexOf(true, best);
  if (first >= 0) {
    const last = hit.lastIndexOf(true, best + length - 1);
    best = Math.max(0, Math.min(words.length - length, Math.round((first + last + 1 - length) / 2)));
  }
  return words
    .slice(best, best + length)
    .map((word, i) => (hit[best + i] ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}
