import { PAGE_CSP, SEARCH_PAGE_CSP, securityHeaders } from 'shared-types/site-headers';
import { describe, expect, it } from 'vitest';
import { BRIEF, cacheControl, contentTypeOf, IMMUTABLE } from './site-http.ts';

describe('how the site is served', () => {
  it.each([
    ['/_astro/Base.DsjcI7jM.css', IMMUTABLE],
    ['/uploads/bao-cao_1a2b3c.pdf', IMMUTABLE],
    ['/pagefind-3/fragment/vi_1a2b3c.pf_fragment', IMMUTABLE],
    ['/pagefind/wasm.vi.pagefind', BRIEF],
    ['/pagefind/pagefind.js', BRIEF],
    ['/tin-tuc/index.html', BRIEF],
    ['/rss.xml', BRIEF],
  ])('%s is cached %s', (urlPath, expected) => {
    expect(cacheControl(urlPath)).toBe(expected);
  });

  it.each([
    ['/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/to-chuc/hoi-lhpn-tinh-quang-tri/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap-0.xml', 'application/xml; charset=utf-8'],
    ['/pagefind/pagefind-entry.pagefind', 'application/x-pagefind'],
    ['/tin-tuc/index.html', null],
  ])('%s is sent as %s', (urlPath, expected) => {
    expect(contentTypeOf(urlPath)).toBe(expected);
  });

  it.each([
    ['/tim-kiem/', SEARCH_PAGE_CSP],
    ['/tim-kiem/index.html', SEARCH_PAGE_CSP],
    ['/pagefind-2/pagefind-worker.js', SEARCH_PAGE_CSP],
    ['/tin-tuc/tim-kiem/', PAGE_CSP],
    ['/', PAGE_CSP],
    ['/api/tim-kiem', PAGE_CSP],
  ])('%s has the policy it needs, and only it', (urlPath, policy) => {
    expect(securityHeaders(urlPath)['Content-Security-Policy']).toBe(policy);
  });

  it('lets no page run inline script or be framed; only the search may compile WebAssembly', () => {
    expect(PAGE_CSP).toMatch(/script-src 'self';/);
    expect(PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(SEARCH_PAGE_CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  });
});
