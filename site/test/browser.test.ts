import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText, queryTerms, readFragment } from 'publisher';
import { SEARCH_RESULTS_SHOWN } from 'shared-types/search-api';
import { DATA_DIR } from '../../scripts/lib/paths.ts';
import { launchBrowser, searchSite, seriousViolations } from './browser.ts';
import { SEED_SLUG, site } from './helpers.ts';

const SCREENSHOTS = path.join(DATA_DIR, 'screenshots');

describe('the site in a real browser (Debian Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    console.log(`screenshots: ${SCREENSHOTS}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['home', '/'],
    ['article', `/tin-tuc/${SEED_SLUG}/`],
    ['search', '/tim-kiem/?q=phu%20nu'],
    ['pledge', '/giao-uoc/giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri/'],
    ['organisation', '/to-chuc/hoi-lhpn-tinh-ha-nam/'],
    ['topic', '/chu-de/thi-dua/'],
    ['archive', '/luu-tru/2019/'],
    ['not-found', '/404.html'],
    ['video', '/video/dong-hanh-cung-phu-nu-bien-cuong-tai-huong-hoa/'],
    ['portal-page', '/gioi-thieu/lich-su/'],
    ['documents', '/van-ban/'],
    ['document', '/van-ban/12-kl-dct-2023/'],
    ['leadership', '/lanh-dao/'],
  ])(
    '%s loads, has no serious accessibility violation, and fits 375 px and 1280 px',
    async (name, urlPath) => {
      for (const width of [375, 1280]) {
        // axe-core is injected as an inline script, which the site's policy refuses (tested below).
        const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
        const failed: string[] = [];
        page.on('requestfailed', (request) => failed.push(request.url()));
        const response = await page.goto(`${site().url}${urlPath}`, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('vi');
        expect(failed).toEqual([]);
        // Nothing wider than the viewport: no sideways scrolling on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      }
    },
  );

  it.each([
    ['the search API of the site', () => site().url],
    ['Pagefind in the browser, on a plain static server', () => site().staticUrl],
  ])(
    'a document is found by words that are only inside its PDF, with and without diacritics: %s',
    async (_name, url) => {
      const page = await browser.newPage();
      for (const words of ['dệt thổ cẩm Pà Cò', 'det tho cam Pa Co'])
        expect(await searchSite(page, url(), words), words).toContain('/van-ban/12-kl-dct-2023/');
      await page.close();
    },
  );

  it('the English page is in English, accessible, and names the home page as its Vietnamese version', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 }, bypassCSP: true });
    expect((await page.goto(`${site().url}/en/`))?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('link[hreflang="vi"]', 'href')).toBe(`${site().siteUrl}/`);
    // The header and footer stay Vietnamese, and say so.
    expect(await page.getAttribute('header.site-header', 'lang')).toBe('vi');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a phone the menu opens and leads to a page with no script; on a wide screen it is simply there', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    await phone.goto(`${site().url}/`);
    const menu = phone.locator('#menu');
    expect(await menu.isVisible()).toBe(false);
    await phone.getByRole('link', { name: 'Menu', exact: true }).click();
    expect(await menu.isVisible()).toBe(true);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'menu-open-375.png') });
    await menu.getByRole('link', { name: 'Lịch sử', exact: true }).click();
    await phone.waitForURL(/\/gioi-thieu\/lich-su\/$/);
    expect(await phone.locator('h1').textContent()).toBe('Lịch sử');
    await phone.close();

    const wide = await browser.newPage({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await wide.goto(`${site().url}/`);
    expect(await wide.locator('#menu').isVisible()).toBe(true);
    expect(await wide.getByRole('link', { name: 'Menu', exact: true }).isVisible()).toBe(false);
    // The second level opens under its item when pointed at.
    const history = wide.locator('#menu').getByRole('link', { name: 'Lịch sử', exact: true });
    expect(await history.isVisible()).toBe(false);
    await wide.locator('#menu').getByRole('link', { name: 'Giới thiệu', exact: true }).hover();
    expect(await history.isVisible()).toBe(true);
    await wide.close();
  });

  it.each([
    ['an article', `/tin-tuc/${SEED_SLUG}/`],
    ['a page', '/gioi-thieu/lich-su/'],
  ])('%s prints without menu, sidebar or footer, with its address', async (_name, urlPath) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site().url}${urlPath}`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#menu', '.portal-sidebar', '.site-footer', '.crumbs', '.section-nav'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.print-only').textContent()).toBe(`Địa chỉ: ${site().siteUrl}${urlPath}`);
    await page.pdf({ path: path.join(SCREENSHOTS, `print-${urlPath.split('/')[1]}.pdf`) });
    await page.close();
  });

  it.each([
    ['the search API of the site', () => site().url, false],
    ['Pagefind in the browser, on a plain static server', () => site().staticUrl, true],
  ])(
    'search without diacritics finds the seed article, and so does search with them: %s',
    async (_name, url, inBrowser) => {
      // The index is in shards here (see global-setup); results come from all of them.
      expect(
        JSON.parse(readFileSync(path.join(site().dist, 'pagefind', 'shards.json'), 'utf8')).length,
      ).toBeGreaterThanOrEqual(2);
      const page = await browser.newPage();
      const indexFiles: string[] = [];
      page.on('request', (request) => {
        if (/\/pagefind(-\d+)?\//.test(new URL(request.url()).pathname)) indexFiles.push(request.url());
      });
      expect(await searchSite(page, url(), 'giao uoc thi dua Quang Tri Ha Nam')).toContain(
        `/tin-tuc/${SEED_SLUG}/`,
      );
      expect(await searchSite(page, url(), 'giao ước thi đua Quảng Trị Hà Nam')).toContain(
        `/tin-tuc/${SEED_SLUG}/`,
      );
      expect((await searchSite(page, url(), 'phu nu')).length).toBeGreaterThan(3);
      expect(await searchSite(page, url(), 'dakrong')).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\/tin-tuc\/.*dakrong/)]),
      );
      // With the API the reader's browser downloads no index at all.
      expect(indexFiles.length > 0).toBe(inBrowser);
      await page.close();
    },
  );

  it('the search API finds the pages that hold every word, as Pagefind does, and refuses an empty query', async () => {
    // Each page as Pagefind read it (its fragments): title, folded copy and text, folded.
    const indexed = new Map<string, string[]>();
    const folders = ['pagefind', ...readdirSync(site().dist).filter((name) => /^pagefind-\d+$/.test(name))];
    for (const folder of folders)
      for (const name of readdirSync(path.join(site().dist, folder, 'fragment'))) {
        const { url, content, meta } = readFragment(path.join(site().dist, folder, 'fragment', name));
        indexed.set(
          url,
          foldText(`${meta.title ?? ''} ${meta.ascii ?? ''} ${content}`).split(/[^\p{L}\p{N}]+/u),
        );
      }
    // Every word, whole but the last, which may start a word (as a reader may still be typing it).
    const holdsEvery = (url: string, terms: string[]) =>
      terms.every((term, i) =>
        indexed.get(url)?.some((word) => (i === terms.length - 1 ? word.startsWith(term) : word === term)),
      );
    const page = await browser.newPage();
    for (const query of ['phu nu', 'giao uoc thi dua']) {
      const inBrowser = await searchSite(page, site().staticUrl, query);
      const answer = (await (
        await fetch(`${site().url}/api/tim-kiem?q=${encodeURIComponent(query)}`)
      ).json()) as { total: number; results: Array<{ url: string; title: string; excerpt: string }> };
      const terms = queryTerms(query);
      const found = answer.results.map((r) => r.url);
      // Every page with every word, and only those (SQLite on the server, ranked its own way).
      const expected = [...indexed.keys()].filter((url) => holdsEvery(url, terms));
      expect(answer.total).toBe(expected.length);
      expect(found.length).toBe(Math.min(expected.length, SEARCH_RESULTS_SHOWN));
      for (const url of found) expect(expected).toContain(url);
      // What Pagefind in the browser finds too, but for pages it keeps although a word is missing
      // (a word no page of one of its shards holds is dropped from the query in that shard).
      if (expected.length <= SEARCH_RESULTS_SHOWN)
        expect(found).toEqual(expect.arrayContaining(inBrowser.filter((url) => holdsEvery(url, terms))));
      for (const result of answer.results) expect(result.excerpt).toContain('<mark>');
    }
    const empty = await fetch(`${site().url}/api/tim-kiem?q=`);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toMatch(/query/);
    await page.close();
  });

  it('search answers as the reader types, without diacritics, and narrows by kind, kept in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${site().url}/tim-kiem/`);
    // Filters are filled from the index once it has loaded.
    await page.waitForSelector('select[name="loai"] option[value="Giao ước"]', { state: 'attached' });
    await page
      .getByLabel('Từ khóa (có dấu hoặc không dấu)')
      .pressSequentially('giao uoc thi dua', { delay: 40 });
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent?.startsWith('Tìm thấy'),
    );
    const all = await page.$$eval('#search-results a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(all.some((p) => p.startsWith('/tin-tuc/'))).toBe(true);
    await page.getByLabel('Loại').selectOption('Giao ước');
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('#search-results a')].every((a) =>
        a.pathname.startsWith('/giao-uoc/'),
      ),
    );
    const narrowed = await page.$$eval('#search-results a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(narrowed.length).toBeGreaterThan(0);
    const shared = new URL(page.url());
    expect(shared.searchParams.get('q')).toBe('giao uoc thi dua');
    expect(shared.searchParams.get('loai')).toBe('Giao ước');
    // The shared address gives the same search.
    const again = await browser.newPage();
    await again.goto(shared.href);
    await again.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent?.startsWith('Tìm thấy'),
    );
    expect(
      await again.$$eval('#search-results a', (links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      ),
    ).toEqual(narrowed);
    expect(await again.inputValue('select[name="loai"]')).toBe('Giao ước');
    await Promise.all([page.close(), again.close()]);
  });

  it('the share links make no request to Facebook or Zalo before a click', async () => {
    const page = await browser.newPage();
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site().url)) thirdParty.push(request.url());
    });
    await page.goto(`${site().url}/tin-tuc/${SEED_SLUG}/`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('link', { name: 'Facebook' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.facebook\.com\//,
    );
    expect(await page.getByRole('link', { name: 'Zalo' }).getAttribute('href')).toMatch(
      /^https:\/\/button-share\.zalo\.me\//,
    );
    expect(thirdParty).toEqual([]);
    await page.close();
  });

  it('search finds no draft or unpublished entry', async () => {
    const page = await browser.newPage();
    const hidden = [`/tin-tuc/${site().draftSlug}/`, `/tin-tuc/${site().unpublishedSlug}/`];
    for (const query of [
      site().secretWord,
      'Bản nháp chưa được duyệt đăng lên cổng',
      'Tin đã đăng rồi bị gỡ xuống khỏi cổng',
    ]) {
      const results = await searchSite(page, site().url, query);
      for (const url of hidden) expect(results, query).not.toContain(url);
    }
    // The published test article is found the same way, so the queries above do reach the index.
    expect(await searchSite(page, site().url, 'Bài kiểm tra an toàn nội dung trước mã độc')).toContain(
      `/tin-tuc/${site().xssSlug}/`,
    );
    await page.close();
  });

  it('every kind of page works under its Content-Security-Policy, with nothing blocked', async () => {
    const blocked: string[] = [];
    const page = await browser.newPage();
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`),
      ),
    );
    page.on('console', (message) => {
      if (/CSP|Content Security Policy/.test(message.text()))
        blocked.push(`${page.url()}: ${message.text()}`);
    });
    // Outside addresses answer nothing here: YouTube's player is refused by the network, not the policy.
    await page.route(
      (url) => !url.href.startsWith(site().url) && !url.href.startsWith(site().staticUrl),
      (route) => route.abort(),
    );
    for (const urlPath of ['/', `/tin-tuc/${SEED_SLUG}/`, '/tin-tuc/', '/chu-de/', '/khong-co-trang-nay/']) {
      await page.goto(`${site().url}${urlPath}`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => getComputedStyle(document.body).margin), urlPath).toBe('0px');
    }
    await page.goto(`${site().url}/video/dong-hanh-cung-phu-nu-bien-cuong-tai-huong-hoa/`);
    await page.click('.player .play');
    await page.waitForSelector('.player iframe');
    // The search API, and Pagefind's WebAssembly where no API answers.
    expect((await searchSite(page, site().url, 'phu nu')).length).toBeGreaterThan(3);
    expect((await searchSite(page, site().staticUrl, 'phu nu')).length).toBeGreaterThan(3);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('a YouTube video loads nothing from YouTube until the reader clicks play', async () => {
    const page = await browser.newPage();
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site().url)) thirdParty.push(request.url());
    });
    await page.route(
      (url) => !url.href.startsWith(site().url),
      (route) => route.abort(),
    );
    await page.goto(`${site().url}/video/dong-hanh-cung-phu-nu-bien-cuong-tai-huong-hoa/`, {
      waitUntil: 'networkidle',
    });
    expect(thirdParty).toEqual([]);
    await page.click('.player .play');
    await page.waitForSelector('.player iframe');
    expect(await page.getAttribute('.player iframe', 'src')).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1/,
    );
    expect(thirdParty.some((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    await page.close();
  });
});
