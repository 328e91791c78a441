// The search API's engine on real Pagefind indexes of tiny sites: every shard searched, the live
// release followed across a swap of the `current` symlink, a release without an index refused.
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSearch } from './search-index.ts';
import { SiteSearch } from './site-search.ts';

const work = mkdtempSync(path.join(tmpdir(), 'wup-site-search-'));
const current = path.join(work, 'current');
const search = new SiteSearch(current);
afterAll(async () => {
  await search.close();
  rmSync(work, { recursive: true, force: true });
});

/** A release of five articles whose text is `word` and the article's number, indexed in shards of two. */
async function release(name: string, word: string | null) {
  const dir = path.join(work, name);
  for (const n of [1, 2, 3, 4, 5]) {
    mkdirSync(path.join(dir, 'tin-tuc', `${name}-${n}`), { recursive: true });
    writeFileSync(
      path.join(dir, 'tin-tuc', `${name}-${n}`, 'index.html'),
      `<html lang="vi"><head><title>Tin ${n}</title></head><body><main data-pagefind-body>` +
        `<h1>Tin ${n}</h1><p data-pagefind-filter="nam">202${n % 2}</p><p>${word} số ${n}</p></main></body></html>`,
    );
  }
  if (word) expect(await indexSearch(dir, { shardPages: 2 })).toMatchObject({ shards: 3 });
  return dir;
}

/** Points `current` at a release as the publisher's swap does: a new link renamed over the old. */
function goLive(dir: string) {
  const next = `${current}.next`;
  symlinkSync(dir, next);
  renameSync(next, current);
}

const urls = (answer: { results: Array<{ url: string }> }) => answer.results.map((r) => r.url).sort();

describe('SiteSearch (the search API of the live site)', () => {
  it('answers from every shard, filters included, and follows the release that goes live', async () => {
    goLive(await release('first', 'Quảng Trị'));
    const found = await search.search('quang tri');
    expect(found.total).toBe(5);
    expect(urls(found)).toEqual([1, 2, 3, 4, 5].map((n) => `/tin-tuc/first-${n}/`));
    expect(found.results[0]!.excerpt).toContain('<mark>');
    expect(await search.filters()).toEqual({ nam: { '2020': 2, '2021': 3 } });
    expect(urls(await search.search(null, { nam: ['2020'] }))).toEqual([
      '/tin-tuc/first-2/',
      '/tin-tuc/first-4/',
    ]);
    // A query and a filter: pages with both; a page must have every value asked of one filter.
    expect(urls(await search.search('quang tri so', { nam: ['2021'] }))).toEqual(
      [1, 3, 5].map((n) => `/tin-tuc/first-${n}/`),
    );
    expect((await search.search(null, { nam: ['2020', '2021'] })).total).toBe(0);
    expect((await search.search('ha noi', {})).total).toBe(0);

    goLive(await release('second', 'Hà Nam'));
    expect(urls(await search.search('ha nam'))).toEqual([1, 2, 3, 4, 5].map((n) => `/tin-tuc/second-${n}/`));
    expect((await search.search('quang tri')).total).toBe(0);
  });

  it('ranks pages whose title holds the words first, then the newest', async () => {
    const dir = path.join(work, 'ranked');
    const pages: Array<[string, string, string]> = [
      ['cu', 'Tin cũ', '01/02/2019'],
      ['moi', 'Tin mới', '26/12/2019'],
      ['tieu-de', 'Giao ước thi đua năm 2020', '01/01/2018'],
      ['giua', 'Tin giữa', '15/06/2019'],
    ];
    for (const [slug, title, date] of pages) {
      mkdirSync(path.join(dir, 'tin-tuc', slug), { recursive: true });
      writeFileSync(
        path.join(dir, 'tin-tuc', slug, 'index.html'),
        `<html lang="vi"><body><main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1>` +
          `<time data-pagefind-meta="date">${date}</time><p>Ký kết giao ước thi đua, giao ước thi đua.</p>` +
          `</main></body></html>`,
      );
    }
    await indexSearch(dir, { shardPages: 2 });
    goLive(dir);
    const found = await search.search('giao uoc thi dua');
    expect(found.results.map((r) => r.url)).toEqual(
      ['tieu-de', 'moi', 'giua', 'cu'].map((slug) => `/tin-tuc/${slug}/`),
    );
  });

  it('refuses with the reason when the live release has no index, and recovers with the next', async () => {
    goLive(await release('unindexed', null));
    await expect(search.search('quang tri')).rejects.toThrow(/pagefind|ENOENT|shards/i);
    goLive(await release('third', 'Ninh Bình'));
    expect((await search.search('ninh binh')).total).toBe(5);
  });

  it('rejects, never throws, while there is no live release yet', async () => {
    const none = new SiteSearch(path.join(work, 'no-release-yet'));
    await expect(none.search('quang tri')).rejects.toThrow(/ENOENT/);
    expect(() => none.warm()).not.toThrow();
  });
});
