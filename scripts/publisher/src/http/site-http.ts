// How the live site's files are served, as rules both servers apply: the publisher's static server
// (server.ts) and the nginx configuration it writes for hosts that put nginx in front
// (nginx-config.ts). Patterns are regular expressions in a syntax JavaScript and nginx (PCRE)
// read alike, matched against the request's path.

/** Files named by their content's hash (Astro's assets, uploads, Pagefind's index): kept a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, feeds and the not-found page: a publish shows within a minute. */
export const BRIEF = 'public, max-age=60, must-revalidate';

/** Paths whose files never change (their names change instead). */
export const IMMUTABLE_PATHS = [
  '/_astro/',
  '/uploads/',
  '/pagefind(-\\d+)?/.+\\.(pf_\\w+|wasm)$',
  '/pagefind(-\\d+)?/(fragment|index)/',
];

/**
 * Types the file's extension alone would name wrong. Pagefind's index files are gzip already and
 * unpacked by its own code: they go out as they are, under a type no compression touches.
 */
export const CONTENT_TYPES: Array<{ pattern: string; type: string }> = [
  { pattern: '\\.(pf_\\w+|pagefind)$', type: 'application/x-pagefind' },
  { pattern: 'rss\\.xml$', type: 'application/rss+xml; charset=utf-8' },
  { pattern: '\\.xml$', type: 'application/xml; charset=utf-8' },
];

/** The release's server build (the preview renderer's code), never served. */
export const PRIVATE_PATH = '^/_server(/|$)';

/** Answers made in memory (the search API) at least this large are compressed; files always are. */
export const COMPRESS_FROM_BYTES = 1024;

const immutable = IMMUTABLE_PATHS.map((source) => new RegExp(source));
const types = CONTENT_TYPES.map(({ pattern, type }) => ({ pattern: new RegExp(pattern), type }));

/** Cache-Control of a file of the site. */
export function cacheControl(urlPath: string): string {
  return immutable.some((pattern) => pattern.test(urlPath)) ? IMMUTABLE : BRIEF;
}

/** The Content-Type a file must be sent with, where its extension would give another; else null. */
export function contentTypeOf(urlPath: string): string | null {
  return types.find(({ pattern }) => pattern.test(urlPath))?.type ?? null;
}
