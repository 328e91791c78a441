// The security headers of the live site, in one place: the publisher's static server and the
// nginx configuration it writes (scripts/publisher/src/http/site-http.ts, nginx-config.ts), and the
// preview (site/src/lib/render/preview.ts). Browser-safe: no Node imports.

/** The search page: the one page that may run Pagefind's WebAssembly (where no search API answers). */
export const SEARCH_PAGE = '/tim-kiem/';

/** Where a video's player comes from, once the reader asks for it (site/src/lib/media/youtube.ts). */
export const VIDEO_EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

type Directives = Record<string, string>;

/**
 * Reading pages: the site's own files only, scripts from files (never inline, never eval), no
 * plug-ins, no framing, forms to the site itself; a video's player from YouTube's privacy domain.
 */
const PAGE_POLICY: Directives = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'media-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'frame-src': VIDEO_EMBED_ORIGIN,
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

const policy = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** Content-Security-Policy of a reading page. */
export const PAGE_CSP = policy(PAGE_POLICY);

/** The search page's: Pagefind compiles its WebAssembly in the browser. */
export const SEARCH_PAGE_CSP = policy({ ...PAGE_POLICY, 'script-src': "'self' 'wasm-unsafe-eval'" });

/** Headers of every answer of the site, whatever its path. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // For browsers older than frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * Paths answered with the search page's policy (regular expressions nginx reads alike): the page,
 * and Pagefind's own scripts, whose workers compile its WebAssembly under their own policy.
 */
export const SEARCH_POLICY_PATHS = [`^${SEARCH_PAGE}(index\\.html)?$`, '^/pagefind(-\\d+)?/'];
const searchPolicy = SEARCH_POLICY_PATHS.map((source) => new RegExp(source));

/** The security headers of an answer of the live site at `urlPath`. */
export function securityHeaders(urlPath: string): Record<string, string> {
  const search = searchPolicy.some((pattern) => pattern.test(urlPath));
  return { ...COMMON_HEADERS, 'Content-Security-Policy': search ? SEARCH_PAGE_CSP : PAGE_CSP };
}

/**
 * The preview's: framed by the admin and only by it; its images may come straight from Strapi or
 * object storage (a draft's uploads are not in any release), so resources are not narrowed.
 */
export function previewSecurityHeaders(adminOrigins: string[]): Record<string, string> {
  return {
    'X-Content-Type-Options': COMMON_HEADERS['X-Content-Type-Options']!,
    'Permissions-Policy': COMMON_HEADERS['Permissions-Policy']!,
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': policy({
      'frame-ancestors': adminOrigins.join(' '),
      'object-src': "'none'",
      'base-uri': "'self'",
    }),
  };
}
