// The search page as a reader on a slow mobile connection meets it: a fresh Chromium (empty
// cache) under Lighthouse's "Slow 4G" network profile opens /tim-kiem/ on the live site, then
// types two queries. Timed in the page: from the last keystroke to the results shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_SHARDS_FILE, siteApp, SiteSearch } from 'publisher';
import { launchBrowser } from '../../site/test/browser.ts';

/** Lighthouse's mobile throttling: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

export interface SearchPageFigure {
  /** Pagefind indexes of the site (the shards). */
  shards: number;
  /** Where the queries ran: the site's search API, or Pagefind in the browser (a plain static server). */
  searchIn: 'api' | 'browser';
  /** Bytes the page downloaded, from navigation to the second query's results (KiB). */
  transferredKiB: number;
  /** Navigation → the page's load event. */
  loadMs: number;
  /** Navigation → the filters shown (in the browser: every shard merged). */
  indexReadyMs: number;
  /** Typing the first query right after load → its results shown (the page's 250 ms pause included). */
  firstQueryMs: number;
  firstResults: string;
  /** A second query, the index loaded → its results shown. */
  secondQueryMs: number;
  secondResults: string;
}

/** Types `query` into the search field and resolves with the ms until the page shows its results. */
async function timedQuery(page: import('playwright-core').Page, query: string): Promise<[number, string]> {
  const started = await page.evaluate(() => performance.now());
  await page.fill('input[name="q"]', query);
  const handle = await page.waitForFunction(
    (previous) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      const done =
        status !== previous &&
        (status.startsWith('Tìm thấy') ||
          status.startsWith('Không tìm thấy') ||
          status.startsWith('Không tải'));
      return done ? [performance.now(), status] : false;
    },
    await page.textContent('#search-status'),
    { timeout: 120_000, polling: 'raf' },
  );
  const [at, status] = (await handle.jsonValue()) as [number, string];
  return [at - started, status];
}

export async function measureSearchPage(
  releaseDir: string,
  queries: [string, string],
  searchIn: SearchPageFigure['searchIn'],
): Promise<SearchPageFigure> {
  // As the publisher serves the site, or as a plain static server does (no /api/).
  const search = searchIn === 'api' ? new SiteSearch(releaseDir) : undefined;
  // Loaded before the first reader comes, as the publisher does after each swap (SiteSearch.warm).
  await search?.filters();
  const site = await siteApp(releaseDir, search);
  const url = await site.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    const shards =
      1 + (JSON.parse(readFileSync(path.join(releaseDir, SEARCH_SHARDS_FILE), 'utf8')) as string[]).length;
    let transferred = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      transferred += event.encodedDataLength;
    });
    // The moment the page has merged every shard: it shows the filters then.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('.filters:not([hidden])')) {
          (window as unknown as { indexReadyAt: number }).indexReadyAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['hidden'],
      });
    });
    await page.goto(`${url}/tim-kiem/`, { waitUntil: 'load', timeout: 120_000 });
    const loadMs = await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
    const [firstQueryMs, firstResults] = await timedQuery(page, queries[0]);
    const indexReadyMs = (await (
      await page.waitForFunction(() => (window as unknown as { indexReadyAt?: number }).indexReadyAt, null, {
        timeout: 120_000,
      })
    ).jsonValue()) as number;
    const [secondQueryMs, secondResults] = await timedQuery(page, queries[1]);
    return {
      shards,
      searchIn,
      transferredKiB: transferred / 1024,
      loadMs,
      indexReadyMs,
      firstQueryMs,
      firstResults,
      secondQueryMs,
      secondResults,
    };
  } finally {
    await browser.close();
    await site.close();
    await search?.close();
  }
}
