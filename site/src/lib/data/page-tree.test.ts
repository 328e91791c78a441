import type { Page } from 'shared-types';
import type { SiteData } from './site-data';
import { describe, expect, it, vi } from 'vitest';
import { headerMenu } from '../menu';
import { changedReads } from './page-reads';
import { ancestorsOf, englishHome, englishPath, pagePath, pathProblem } from './page-tree';

// The data layer's modules load Astro's content API; these tests give them their data themselves.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

let id = 0;
function page(slug: string, parent: Page | null = null, extra: Partial<Page> = {}): Page {
  return {
    id: ++id,
    documentId: `doc-${slug}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    publishedAt: '2026-01-01T00:00:00.000Z',
    title: slug,
    slug,
    parent: parent && { id: parent.id, documentId: parent.documentId, slug: parent.slug },
    order: 0,
    language: 'vi',
    summary: null,
    body: null,
    cover: null,
    attachments: [],
    seo: null,
    publishAt: null,
    unpublishAt: null,
    ...extra,
  };
}
/** The pages' indexes as site-data.ts builds them. */
function dataOf(pages: Page[], menu: SiteData['menu'] = null) {
  const pagesUnder = new Map<string, Page[]>();
  for (const p of pages)
    pagesUnder.set(p.parent?.documentId ?? '', [...(pagesUnder.get(p.parent?.documentId ?? '') ?? []), p]);
  return { pageById: new Map(pages.map((p) => [p.documentId, p])), pagesUnder, menu };
}

describe("the pages' tree", () => {
  const about = page('gioi-thieu');
  const history = page('lich-su', about);
  const congress = page('dai-hoi', history);

  it('gives a page the path of its ancestors, top first', () => {
    const data = dataOf([about, history, congress]);
    expect(ancestorsOf(data, congress).map((p) => p.slug)).toEqual(['gioi-thieu', 'lich-su']);
    expect(pagePath(data, congress)).toBe('/gioi-thieu/lich-su/dai-hoi/');
    expect(pathProblem(data, congress)).toBeNull();
  });

  it('puts a page whose parent is not published at the top, and refuses it there at a reserved address', () => {
    const orphan = page('video', page('khong-dang'));
    const data = dataOf([orphan]);
    expect(pagePath(data, orphan)).toBe('/video/');
    expect(pathProblem(data, orphan)).toMatch(/\/video\/ là của một mục sẵn có/);
  });

  it('ends a tree that loops instead of walking it for ever', () => {
    const a = page('a');
    const b = page('b', a);
    a.parent = { id: b.id, documentId: b.documentId, slug: b.slug };
    expect(pathProblem(dataOf([a, b]), a)).toMatch(/vòng/);
  });

  it('finds the English page at the top, and makes a default menu of sections and top pages', () => {
    const english = page('en', null, { language: 'en' });
    const contact = page('lien-he', null, { order: 9 });
    const data = dataOf([about, history, contact, english]);
    expect(englishHome(data)?.slug).toBe('en');
    expect(englishPath(data)).toBe('/en/');
    const menu = headerMenu(data);
    expect(menu.map((item) => item.url)).toEqual([
      '/',
      '/gioi-thieu/',
      '/tin-tuc/',
      '/de-an/',
      '/giao-uoc/',
      '/video/',
      '/van-ban/',
      '/lien-he/',
      '/tim-kiem/',
    ]);
    expect(menu[1]?.children).toEqual([{ label: 'lich-su', url: '/gioi-thieu/lich-su/' }]);
  });

  it("after a top page is renamed, every page's menu reads change only when the menu is the default one", () => {
    const renamed = { ...about, title: 'Giới thiệu (mới)' };
    const reads = ['query:headerMenu:[]', 'query:footerLinks:[]', 'query:englishPath:[]'];
    const saved: SiteData['menu'] = {
      id: 1,
      documentId: 'menu',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      publishedAt: null,
      header: [{ id: 1, label: 'Tin tức', url: '/tin-tuc/', children: [] }],
      footer: [],
    };
    const changed = new Set([about.documentId]);
    const withMenu = changedReads(
      reads,
      dataOf([about, history], saved),
      dataOf([renamed, history], saved),
      changed,
    );
    expect([...withMenu]).toEqual([]);
    const byDefault = changedReads(reads, dataOf([about, history]), dataOf([renamed, history]), changed);
    expect([...byDefault]).toEqual(['query:headerMenu:[]']);
  });
});
