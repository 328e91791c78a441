// The sitemap refreshed after a fast edit, on a real folder: what @astrojs/sitemap would write.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageAddresses, refreshSitemap, unlistFromSitemap } from './sitemap.ts';

const SITE = 'https://phunu.example.vn/';
const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const sitemap = (paths: string[]) =>
  `${HEAD}${paths.map((p) => `<url><loc>${SITE}${p}</loc></url>`).join('')}</urlset>`;

describe('refreshSitemap', () => {
  let dir: string;
  const page = (file: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '<!DOCTYPE html>');
  };
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wup-sitemap-'));
    for (const file of [
      'index.html',
      '404.html',
      'tim-kiem/index.html',
      'tin-tuc/index.html',
      'tin-tuc/2/index.html',
    ])
      page(file);
    page('tin-tuc/b/index.html');
    page('pagefind/fragment/x.html');
    writeFileSync(path.join(dir, 'sitemap-0.xml'), sitemap(['', 'tin-tuc/', 'tin-tuc/2/', 'tin-tuc/b/']));
    writeFileSync(
      path.join(dir, 'sitemap-index.xml'),
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
        `<sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the addresses of the pages, not of the search index', () => {
    expect(pageAddresses(dir, SITE).sort()).toEqual(
      ['', '404/', 'tim-kiem/', 'tin-tuc/', 'tin-tuc/2/', 'tin-tuc/b/'].map((p) => `${SITE}${p}`),
    );
  });

  it('changes nothing when every page is listed', () => {
    const before = read('sitemap-0.xml');
    expect(refreshSitemap(dir)).toEqual([]);
    expect(read('sitemap-0.xml')).toBe(before);
  });

  it('lists a new page where the build sorts it, leaving out the search and 404 pages', () => {
    page('tin-tuc/a/index.html');
    page('tin-tuc/10/index.html');
    expect(refreshSitemap(dir)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(read('sitemap-0.xml')).toBe(
      sitemap(['', 'tin-tuc/', 'tin-tuc/2/', 'tin-tuc/10/', 'tin-tuc/a/', 'tin-tuc/b/']),
    );
    expect(read('sitemap-index.xml')).toContain(`<loc>${SITE}sitemap-0.xml</loc>`);
  });

  it('given the pages changed, walks the release only when one of them is not listed', () => {
    page('tin-tuc/a/index.html');
    // The changed pages are all listed (or no pages): the new page a is not even looked for.
    expect(refreshSitemap(dir, ['tin-tuc/b/index.html', 'tim-kiem/index.html', 'rss.xml'])).toEqual([]);
    expect(read('sitemap-0.xml')).not.toContain('tin-tuc/a/');
    expect(refreshSitemap(dir, ['tin-tuc/a/index.html'])).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}tin-tuc/a/</loc>`);
  });

  it('takes removed pages out from what it lists, as a walk of the release would, without the walk', () => {
    rmSync(path.join(dir, 'tin-tuc/2'), { recursive: true });
    // A page that is not listed (the search page) and a feed change nothing.
    expect(unlistFromSitemap(dir, ['tim-kiem/index.html', 'rss.xml'])).toEqual([]);
    expect(unlistFromSitemap(dir, ['tin-tuc/2/index.html'])).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(read('sitemap-0.xml')).toBe(sitemap(['', 'tin-tuc/', 'tin-tuc/b/']));
    const unlisted = read('sitemap-0.xml');
    expect(refreshSitemap(dir)).toEqual([]);
    expect(read('sitemap-0.xml')).toBe(unlisted);
  });
});
