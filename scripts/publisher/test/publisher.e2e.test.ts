// The publisher end to end: a real Strapi whose webhook calls a real publisher, real Astro
// builds, the served site read over HTTP and searched in a real browser.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import previewFacts from '../../../cms/src/lib/preview.json' with { type: 'json' };
import seedFacts from '../../../cms/src/seed/seed-facts.json' with { type: 'json' };
import { launchBrowser, searchSite } from '../../../site/test/browser.ts';
import { DATA_DIR } from '../../lib/paths.ts';
import { call, TestEditor } from 'test-harness/test-content';
import { ARTICLE, newsroomPerson } from 'test-harness/test-newsroom';
import { freePort } from '../../lib/strapi/strapi.ts';
import { requireFromCms } from '../../lib/strapi/loaded-strapi.ts';
import { acceptedFiles, shownSize, type AcceptedFile } from 'test-harness/test-media';
import { startTestStrapi, type TestStrapi } from 'test-harness/test-strapi';
import jwt from 'jsonwebtoken';
import { Publisher, type BuildRecord } from '../src/publisher.ts';
import { linkCopy } from '../src/releases/linked-trees.ts';
import { SearchDb } from '../src/search/search-db.ts';
import { Renderer } from '../src/render/renderer.ts';
import { controlApp, SECRET_HEADER, siteApp } from '../src/http/server.ts';
import { SiteSearch } from '../src/search/site-search.ts';

interface Entry {
  documentId: string;
  slug: string;
}

const SECRET = 'test-publisher-secret-0123456789';
const PREVIEW_SECRET = 'test-preview-secret-0123456789';
const base = {
  date: '2026-11-20T08:00:00+07:00',
  featured: false,
  lead: 'Tin kiểm thử của luồng xuất bản: từ Strapi tới trang tĩnh đang phục vụ bạn đọc.',
  body: 'Nội dung tin kiểm thử luồng xuất bản.',
};

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | false | null | undefined>,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('publisher: Strapi webhooks rebuild the site and swap it in atomically', () => {
  let strapi: TestStrapi;
  let editor: TestEditor;
  let publisher: Publisher;
  let control: FastifyInstance;
  let site: FastifyInstance;
  let siteSearch: SiteSearch;
  let siteUrl: string;
  let controlUrl: string;
  let browser: Browser;
  let page: Page;
  let root: string;
  let renderer: Renderer;
  let previewUrl: string;
  const records: BuildRecord[] = [];
  /** The publisher's log, for what a failing test shows. */
  const publisherLog: string[] = [];
  /** One published article per test that changes one, so no test depends on another's. */
  const own: Record<'edit' | 'draft' | 'render' | 'cancel' | 'unpublish' | 'lostCache' | 'rollback', Entry> =
    {} as never;

  const get = async (urlPath: string) => {
    const response = await fetch(`${siteUrl}${urlPath}`);
    return { status: response.status, text: await response.text() };
  };
  const served = async (urlPath: string, text?: string) => {
    const res = await get(urlPath);
    return res.status === 200 && (!text || res.text.includes(text));
  };

  /** A 1280 px Chromium page signed in to the admin, on its home (with the site's last update). */
  const signedInAdmin = async (
    timezoneId?: string,
    who: { email: string; password: string } = { email: strapi.adminEmail, password: strapi.adminPassword },
  ) => {
    const admin = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      ...(timezoneId ? { timezoneId } : {}),
    });
    await admin.goto(`${strapi.url}/admin/auth/login`);
    await admin.fill('input[name="email"]', who.email);
    await admin.fill('input[name="password"]', who.password);
    await admin.click('button[type="submit"]');
    await admin.getByText('Trang cập nhật lần cuối lúc').waitFor({ timeout: 60_000 });
    return admin;
  };

  beforeAll(async () => {
    const port = await freePort();
    controlUrl = `http://127.0.0.1:${port}`;
    const previewPort = await freePort();
    previewUrl = `http://127.0.0.1:${previewPort}/xem-truoc/`;
    strapi = await startTestStrapi('sqlite', {
      env: {
        PUBLISHER_WEBHOOK_URL: `${controlUrl}/webhook`,
        PUBLISHER_SECRET: SECRET,
        // The editor's side of the loop is checked in the real admin.
        SERVE_ADMIN: 'true',
        SITE_URL: 'https://phunu.example.vn',
        PREVIEW_URL: previewUrl,
        PREVIEW_SECRET,
      },
    });
    editor = new TestEditor(strapi);
    root = mkdtempSync(path.join(tmpdir(), 'wup-publisher-'));
    publisher = new Publisher({
      root,
      strapiUrl: strapi.url,
      token: () => strapi.token,
      buildEnv: {
        STRAPI_URL: strapi.url,
        STRAPI_TOKEN: strapi.token,
        SITE_URL: 'https://phunu.example.vn',
        DATA_DIR: root,
      },
      debounceMs: 600,
      maxWaitMs: 5000,
      log: (line) => publisherLog.push(line),
      onBuild: (record) => records.push(record),
    });
    control = controlApp(publisher, SECRET);
    await control.listen({ host: '127.0.0.1', port });
    // With the search API, as the service serves the site: searches below follow each release.
    siteSearch = new SiteSearch(publisher.releases.current);
    publisher.onLive(() => siteSearch.warm());
    site = await siteApp(publisher.releases.current, siteSearch);
    siteUrl = await site.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    page = await browser.newPage();
    // The preview renderer follows the live release, as the publisher service runs it.
    renderer = new Renderer({ host: '127.0.0.1', port: previewPort, env: publisher.buildEnv });
    publisher.onLive((dir) => void renderer.load(dir).catch(() => undefined));
    publisher.useRenderer(renderer);
    const first = await publisher.buildNow('startup');
    expect(first.result, first.error).toBe('success');
    await renderer.load(publisher.liveRelease()!);
    const titles = {
      edit: 'Hội LHPN xã A Túc ra mắt tổ hợp tác dệt thổ cẩm',
      draft: 'Hội LHPN xã Ba Nang tập huấn nuôi gà thả vườn',
      render: 'Hội LHPN xã Hướng Phùng trao sinh kế cho hội viên nghèo',
      cancel: 'Câu lạc bộ nữ doanh nhân xã Tân Lập họp lần đầu',
      unpublish: 'Hội LHPN xã Thuận tổ chức ngày hội phụ nữ vùng biên',
      lostCache: 'Hội LHPN xã Xy ra mắt câu lạc bộ gia đình hạnh phúc',
      rollback: 'Tin dùng để kiểm thử quay lại bản dựng trước',
    };
    for (const [key, title] of Object.entries(titles) as Array<[keyof typeof own, string]>) {
      own[key] = await editor.create('articles', { ...base, title });
    }
    await waitFor('the fixtures to be served', async () =>
      (await Promise.all(Object.values(own).map((a) => served(`/tin-tuc/${a.slug}/`)))).every(Boolean),
    );
    await publisher.idle();
  });

  afterAll(async () => {
    await renderer?.close();
    await browser?.close();
    await control?.close();
    await site?.close();
    await siteSearch?.close();
    await publisher?.idle();
    await publisher?.releases.settled();
    await strapi?.destroy();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a webhook without the secret with 401, and builds nothing', async () => {
    const before = records.length;
    for (const headers of [{}, { [SECRET_HEADER]: 'wrong' }] as Array<Record<string, string>>) {
      const response = await fetch(`${controlUrl}/webhook`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ event: 'entry.publish' }),
      });
      expect(response.status).toBe(401);
    }
    expect((await fetch(`${controlUrl}/build`, { method: 'POST' })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(publisher.status.state).toBe('idle');
    expect(records.length).toBe(before);
  });

  it('publishing an article puts it on the served site: page, feed, sitemap and search', async () => {
    await publisher.idle();
    const before = records.length;
    const started = Date.now();
    const article = await editor.create('articles', {
      ...base,
      title: 'Hội LHPN xã Hướng Lập ra mắt câu lạc bộ phụ nữ khởi nghiệp',
    });
    await waitFor('the new article page', () => served(`/tin-tuc/${article.slug}/`));
    const fast = records.slice(before).find((r) => r.mode === 'partial' && r.result === 'success');
    console.log(
      `publish → served in ${((Date.now() - started) / 1000).toFixed(1)} s by a ${fast?.mode} build ` +
        `(${fast?.renderedBy}); phases: ${JSON.stringify(fast?.phases)}`,
    );
    // The fast path rendered the page and the feeds; the search refreshes that follow add sitemap and search.
    expect(fast, 'a partial build served the new article').toBeDefined();
    expect(fast?.renderedBy).toBe('renderer');
    expect((await get('/rss.xml')).text).toContain(`/tin-tuc/${article.slug}/`);
    expect((await get('/')).text).toContain(article.slug);
    await publisher.idle();
    // No full build follows an edit.
    expect(records.slice(before).map((r) => r.mode)).toEqual(['partial', 'search-api', 'search']);
    expect((await get('/sitemap-0.xml')).text).toContain(`/tin-tuc/${article.slug}/`);
    expect(await searchSite(page, siteUrl, 'cau lac bo phu nu khoi nghiep Huong Lap')).toContain(
      `/tin-tuc/${article.slug}/`,
    );
  });

  it('saving a draft of a published article builds nothing: Strapi says nothing published changed', async () => {
    const article = own.draft;
    await publisher.idle();
    const before = records.length;
    await editor.update(
      'articles',
      article.documentId,
      { title: 'Bản nháp: Hội LHPN xã Ba Nang tập huấn nuôi gà thả vườn cho 40 hội viên' },
      'draft',
    );
    // Strapi's webhook for the draft (entry.update) is checked against what is published.
    await waitFor('the check of the draft save', async () => records.length > before);
    await publisher.idle();
    expect(records.slice(before).map((r) => r.result)).toEqual(['unchanged']);
    expect(records.at(-1)!.trigger).toBe('entry.update api::article.article');
    expect((await get(`/tin-tuc/${article.slug}/`)).text).not.toContain('Bản nháp');
  });

  it('editing a published title serves the new title', async () => {
    const article = own.edit;
    await editor.update('articles', article.documentId, {
      title: 'Hội LHPN xã A Túc ra mắt câu lạc bộ nữ doanh nhân biên giới',
    });
    await waitFor('the new title', () =>
      served(`/tin-tuc/${article.slug}/`, 'câu lạc bộ nữ doanh nhân biên giới'),
    );
    expect(records.at(-1)?.mode).toBe('partial');
    expect((await get('/rss.xml')).text).toContain('câu lạc bộ nữ doanh nhân biên giới');
    expect((await get('/tin-tuc/')).text).toContain('câu lạc bộ nữ doanh nhân biên giới');
    // The fast path also renders the year's archive page that lists it.
    expect((await get('/luu-tru/2026/')).text).toContain('câu lạc bộ nữ doanh nhân biên giới');
    await publisher.idle();
    expect(await searchSite(page, siteUrl, 'nu doanh nhan bien gioi A Tuc')).toContain(
      `/tin-tuc/${article.slug}/`,
    );
  });

  it('a fast edit is rendered by the resident renderer, byte for byte what a full build writes', async () => {
    const article = own.render;
    await publisher.idle();
    // A new cover too: its image files are made by the renderer, as the build would make them.
    const photo = (await acceptedFiles())[0]!;
    const uploaded = records.length;
    const upload = await editor.upload({ ...photo, name: `bia-${photo.name}` });
    const { id: cover } = (upload.body as unknown as Array<{ id: number }>)[0]!;
    // The upload's own webhook brings a full build first.
    await waitFor('the upload build', async () => records.length > uploaded);
    await publisher.idle();
    const before = records.length;
    await editor.update('articles', article.documentId, {
      cover,
      title: 'Hội LHPN xã Hướng Phùng trao bò giống cho 12 hội viên nghèo',
      lead: 'Mười hai hội viên nghèo ở các thôn vùng cao nhận bò giống và được hướng dẫn chăm sóc.',
    });
    await waitFor('the fast build', async () => records.slice(before).some((r) => r.mode === 'partial'));
    const fast = records.slice(before).find((r) => r.mode === 'partial')!;
    expect(fast.renderedBy).toBe('renderer');
    // Pages that read nothing the edit changed are kept from the release before, not rendered.
    const inode = (id: string, file: string) =>
      statSync(path.join(publisher.releases.releasesDir, id, file)).ino;
    const liveBefore = records.slice(0, before).findLast((r) => r.result === 'success')!;
    for (const kept of ['video/index.html', 'video/rss.xml'])
      expect(inode(fast.id, kept), kept).toBe(inode(liveBefore.id, kept));
    const page = `tin-tuc/${article.slug}/index.html`;
    expect(inode(fast.id, page)).not.toBe(inode(liveBefore.id, page));
    // Kept (hard-linked) for the comparison below: four releases later it is no longer kept.
    const fastCopy = path.join(mkdtempSync(path.join(tmpdir(), 'wup-fast-')), 'release');
    await linkCopy(path.join(publisher.releases.releasesDir, fast.id), fastCopy);
    expect((await get(`/tin-tuc/${article.slug}/`)).text).toContain('trao bò giống cho 12 hội viên');
    // The search API takes the edited page first (its databases, in a second or so), before the
    // search shards are indexed again.
    await waitFor('the search API refresh', async () =>
      records.slice(before).some((r) => r.mode === 'search-api'),
    );
    const api = records.slice(before).find((r) => r.mode === 'search-api')!;
    expect(api.result).toBe('success');
    const db = new SearchDb(path.join(publisher.releases.releasesDir, api.id));
    try {
      const found = db.search('trao bo giong 12 hoi vien ngheo', {}, 20).results.map((r) => r.url);
      expect(found).toContain(`/tin-tuc/${article.slug}/`);
    } finally {
      db.close();
    }
    await publisher.idle();
    // No full build follows the edit; one on demand (npm run publish) is what it is compared with.
    expect(records.slice(before).some((r) => r.mode === 'full')).toBe(false);
    const full = await publisher.buildNow('manual');
    expect(full.result).toBe('success');
    // After the search API, the search refresh: the shard with the page indexed again, the others kept.
    const search = records.slice(before).find((r) => r.mode === 'search')!;
    expect(search.result).toBe('success');
    expect(records.indexOf(search)).toBeGreaterThan(records.indexOf(api));
    expect(search.searchShards?.shards).toBeGreaterThan(0);
    // Every page and feed of the fast release, rendered now or kept from the build before, is the
    // full build's byte for byte; only what a fast build never touches (search, sitemap) may differ.
    let untouched = /^(pagefind|_server)\/|^sitemap-(index|\d+)\.xml$/;
    const release = (id: string) => path.join(publisher.releases.releasesDir, id);
    const files = (dir: string) => {
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .filter((file) => !untouched.test(file))
        .sort();
    };
    // Each differing file with the first place it differs, the release's bytes then the full build's.
    const differing = (dir: string) => {
      const ours = files(dir);
      expect(ours).toEqual(files(release(full.id)));
      return ours.flatMap((file) => {
        const [a, b] = [readFileSync(path.join(dir, file)), readFileSync(path.join(release(full.id), file))];
        if (a.equals(b)) return [];
        let at = 0;
        while (a[at] === b[at]) at++;
        const around = (bytes: Buffer) => bytes.subarray(Math.max(0, at - 80), at + 80).toString();
        return [`${file} at byte ${at}:\n  ${around(a)}\n  ${around(b)}`];
      });
    };
    expect(differing(fastCopy)).toEqual([]);
    rmSync(path.dirname(fastCopy), { recursive: true, force: true });
    // After the search refresh, the search index and the sitemap are the full build's too.
    untouched = /^_server\//;
    expect(differing(release(search.id))).toEqual([]);
  });

  it('a fast edit cancels a search refresh under way, and the refresh runs again after it', async () => {
    const article = own.cancel;
    await publisher.idle();
    const before = records.length;
    await editor.update('articles', article.documentId, {
      lead: 'Câu lạc bộ nữ doanh nhân biên giới có 35 hội viên ở các thôn giáp Lào.',
    });
    await waitFor('the fast build', async () => records.slice(before).some((r) => r.mode === 'partial'));
    await waitFor(
      'the search refresh to start',
      async () =>
        records.slice(before).some((r) => r.mode === 'search-api') && publisher.status.state === 'building',
    );
    await editor.update('articles', article.documentId, {
      lead: 'Câu lạc bộ nữ doanh nhân biên giới có 42 hội viên ở các thôn giáp Lào.',
    });
    // Strapi's own webhook for this edit comes when its queue sends it; the same ping sent now
    // makes the moment of cancelling certain (the refresh is still starting or in Pagefind).
    const ping = await fetch(`${controlUrl}/webhook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: SECRET },
      body: JSON.stringify({
        event: 'entry.update',
        uid: 'api::article.article',
        entry: { documentId: article.documentId },
      }),
    });
    expect(ping.status).toBe(202);
    await waitFor('the second lead', () => served(`/tin-tuc/${article.slug}/`, '42 hội viên'));
    await publisher.idle();
    // Strapi's late ping may add an 'unchanged' check; it builds nothing.
    const results = records
      .slice(before)
      .filter((r) => r.result !== 'unchanged')
      .map((r) => `${r.result}${r.mode ? `/${r.mode}` : ''}`);
    expect(results).toEqual([
      'success/partial',
      'success/search-api',
      'cancelled',
      'success/partial',
      'success/search-api',
      'success/search',
    ]);
    expect(await searchSite(page, siteUrl, '42 hoi vien')).toContain(`/tin-tuc/${article.slug}/`);
  });

  it('unpublishing removes it from the page, the feed, the sitemap and search', async () => {
    const article = own.unpublish;
    await publisher.idle();
    const words = 'ngay hoi phu nu vung bien Thuan';
    expect(await searchSite(page, siteUrl, words)).toContain(`/tin-tuc/${article.slug}/`);
    await editor.unpublish('api::article.article', article.documentId);
    await waitFor('the page to be gone', async () => (await get(`/tin-tuc/${article.slug}/`)).status === 404);
    expect((await get('/rss.xml')).text).not.toContain(article.slug);
    expect((await get('/sitemap-0.xml')).text).not.toContain(article.slug);
    expect(await searchSite(page, siteUrl, words)).not.toContain(`/tin-tuc/${article.slug}/`);
  });

  it('an edit after the cached bodies were lost is built in full from Strapi, not refused or half-built', async () => {
    const article = own.lostCache;
    await publisher.idle();
    rmSync(path.join(root, 'astro-cache', 'bodies'), { recursive: true, force: true });
    const before = records.length;
    await editor.update('articles', article.documentId, {
      body: 'Câu lạc bộ họp mỗi tháng một lần tại nhà văn hóa xã Xy.',
    });
    await waitFor('the new body', () => served(`/tin-tuc/${article.slug}/`, 'họp mỗi tháng một lần'));
    await publisher.idle();
    // The partial build refused the store; a full build ran in its place and refetched every body.
    expect(records.slice(before).map((r) => `${r.result}/${r.mode}`)).toEqual(['success/full']);
    expect(await served(`/tin-tuc/${seedFacts.articleSlug}/`, '<h2>Hội LHPN tỉnh Hà Nam')).toBe(true);
  });

  it('coalesces ten publishes in a burst into at most two fast builds, and builds nothing in full', async () => {
    await publisher.idle();
    const before = records.length;
    const slugs: string[] = [];
    for (let i = 1; i <= 10; i++) {
      slugs.push(
        (
          await editor.create('articles', {
            ...base,
            title: `Tin xuất bản dồn dập số ${i} của Hội LHPN tỉnh Quảng Trị`,
          })
        ).slug,
      );
    }
    await waitFor('all ten pages', async () =>
      (await Promise.all(slugs.map((slug) => served(`/tin-tuc/${slug}/`)))).every(Boolean),
    );
    await publisher.idle();
    const builds = records.slice(before).filter((record) => record.result === 'success');
    const partial = builds.filter((record) => record.mode === 'partial').length;
    expect(partial).toBeGreaterThanOrEqual(1);
    expect(partial).toBeLessThanOrEqual(2);
    expect(builds.filter((record) => record.mode === 'full').length).toBe(0);
    expect(builds.at(-1)?.mode).toBe('search');
  });

  it('with Strapi down a build fails, keeps the previous site and says why; once back, the next builds', async () => {
    await publisher.idle();
    const homeBefore = (await get('/')).text;
    const liveBefore = publisher.status.current;
    const before = records.length;
    await strapi.stop();
    publisher.request('entry.update api::article.article');
    const failed = await waitFor('the failed build', async () => records.length > before && records.at(-1));
    expect(failed.result).toBe('failed');
    expect(failed.error).toMatch(/unreachable/i);
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.text).toBe(homeBefore);
    const status = (await (await fetch(`${controlUrl}/status`)).json()) as {
      current: string;
      lastBuild: BuildRecord;
      lastSuccess: BuildRecord;
    };
    expect(status.current).toBe(liveBefore);
    expect(status.lastBuild.result).toBe('failed');
    expect(status.lastBuild.error).toMatch(/Strapi is unreachable/);
    expect(status.lastSuccess.result).toBe('success');

    await strapi.restart();
    const back = await editor.create('articles', {
      ...base,
      title: 'Tin đăng sau khi hệ thống quản trị nội dung hoạt động trở lại',
    });
    await waitFor('the page published after the outage', () => served(`/tin-tuc/${back.slug}/`));
    expect(records.at(-1)?.result).toBe('success');
    await publisher.idle();
  });

  /** The cover figure of an article page, or null. */
  const coverOf = (html: string) =>
    /<figure class="cover[^"]*"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? null;

  it('renders awkward photos as covers, upright: CMYK, EXIF-rotated, progressive, animated, WebP, AVIF', async () => {
    await publisher.idle();
    const pages: Array<{ slug: string; file: AcceptedFile }> = [];
    for (const [i, file] of (await acceptedFiles()).entries()) {
      const upload = await editor.upload(file);
      expect(upload.status, `${file.what}: ${JSON.stringify(upload.body)}`).toBe(201);
      const { id } = (upload.body as unknown as Array<{ id: number }>)[0]!;
      const title = `Ảnh bìa khó số ${i + 1}: ${file.what}`;
      pages.push({ slug: (await editor.create('articles', { ...base, title, cover: id })).slug, file });
    }
    await waitFor('every page', async () =>
      (await Promise.all(pages.map((p) => served(`/tin-tuc/${p.slug}/`)))).every(Boolean),
    );
    for (const { slug, file } of pages) {
      const cover = coverOf((await get(`/tin-tuc/${slug}/`)).text) ?? '';
      // Every rendering the browser may pick: the fallback <img> and the first of each <source>.
      const urls = [...cover.matchAll(/(?:src|srcset)="([^" ]+)/g)].map((m) => m[1]!);
      expect(urls.length, `${file.what}: the page shows the cover`).toBeGreaterThan(1);
      for (const url of urls) {
        const image = await fetch(new URL(url, siteUrl));
        expect(image.status, `${file.what} ${url}`).toBe(200);
        const shown = await shownSize(Buffer.from(await image.arrayBuffer()));
        expect(shown.width > shown.height, `${file.what} ${url}: landscape as shown`).toBe(
          file.shown.width > file.shown.height,
        );
      }
    }
  });

  it('builds without an upload it cannot use, names its entry, field and file, and publishes the next', async () => {
    await publisher.idle();
    const good = (await acceptedFiles()).find((f) => f.name === 'luy-tien.jpeg')!;
    const uploadAs = async (name: string) => {
      const res = await editor.upload({ ...good, name });
      expect(res.status).toBe(201);
      return (res.body as unknown as Array<{ id: number; url: string; hash: string; ext: string }>)[0]!;
    };
    // A file in the library from before the upload checks: its bytes are HTML.
    const damaged = await uploadAs('anh-hong.jpg');
    writeFileSync(path.join(strapi.publicDir, damaged.url), '<!doctype html><p>không phải ảnh</p>');
    const caption = 'Chú thích của ảnh bìa không dùng được';
    const withDamaged = await editor.create('articles', {
      ...base,
      title: 'Tin có ảnh bìa hỏng trong thư viện',
      cover: damaged.id,
      coverCaption: caption,
    });
    // A cover deleted from disk after it was published.
    const deleted = await uploadAs('anh-bi-xoa.jpg');
    const withDeleted = await editor.create('articles', {
      ...base,
      title: 'Tin có ảnh bìa bị xóa khỏi ổ đĩa',
      cover: deleted.id,
    });
    await waitFor(
      'both pages',
      async () =>
        (await served(`/tin-tuc/${withDamaged.slug}/`)) &&
        (await served(`/tin-tuc/${withDeleted.slug}/`, '<img')),
    );
    await publisher.idle();
    rmSync(path.join(strapi.publicDir, deleted.url));
    await editor.update('articles', withDeleted.documentId, { lead: `${base.lead} Ảnh bìa đã bị xóa.` });
    await waitFor('the edit', () => served(`/tin-tuc/${withDeleted.slug}/`, 'Ảnh bìa đã bị xóa.'));
    await publisher.idle();

    for (const [article, file] of [
      [withDamaged, damaged],
      [withDeleted, deleted],
    ] as const) {
      const page = await get(`/tin-tuc/${article.slug}/`);
      expect(page.status).toBe(200);
      expect(coverOf(page.text) ?? '', article.slug).not.toContain('<img');
      const warned = publisher.status.lastBuild?.warnings ?? [];
      expect(warned, article.slug).toContainEqual(
        expect.objectContaining({
          type: 'article',
          entry: article.slug,
          field: 'cover',
          file: `${file.hash}${file.ext}`,
        }),
      );
    }
    expect(coverOf((await get(`/tin-tuc/${withDamaged.slug}/`)).text)).toContain(caption);
    expect(publisher.status.lastBuild?.result).toBe('success');

    const next = await editor.create('articles', { ...base, title: 'Tin bình thường đăng sau ảnh hỏng' });
    await waitFor('the next article', () => served(`/tin-tuc/${next.slug}/`));

    // Strapi lists both files at its next start.
    await strapi.restart();
    await waitFor('the media check at start', async () => {
      const log = readFileSync(strapi.logFile, 'utf8');
      return log.includes('anh-hong.jpg') && log.includes('anh-bi-xoa.jpg');
    });
    await publisher.idle();
  });

  it('a topic with no usable address is left out with a warning, and a take-down still goes out', async () => {
    await publisher.idle();
    const topic = await editor.create('tags', { name: 'Chủ đề mất đường dẫn' });
    const tagged = await editor.create('articles', {
      ...base,
      title: 'Tin gắn với chủ đề mất đường dẫn',
      tags: [topic.documentId],
    });
    const takenDown = await editor.create('articles', { ...base, title: 'Tin sẽ bị gỡ khi có chủ đề hỏng' });
    await waitFor(
      'both pages',
      async () =>
        (await served(`/tin-tuc/${tagged.slug}/`, topic.slug)) &&
        (await served(`/tin-tuc/${takenDown.slug}/`)),
    );
    await publisher.idle();
    // As an older CMS left a topic named "远征手记": its address empty in the database.
    const Database = requireFromCms('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(strapi.env.DATABASE_FILENAME!);
    const setSlug = db.prepare(
      'UPDATE tags SET slug = ?, updated_at = updated_at + 1000 WHERE document_id = ?',
    );
    setSlug.run('', topic.documentId);
    try {
      await editor.unpublish('api::article.article', takenDown.documentId);
      await waitFor('the take-down', async () => (await get(`/tin-tuc/${takenDown.slug}/`)).status === 404);
      // The take-down went the fast path; a full build (npm run publish) meets the topic and leaves it out.
      await publisher.idle();
      const full = await publisher.buildNow('manual');
      expect(full.result).toBe('success');
      expect(full.warnings).toContainEqual({
        type: 'tag',
        entry: 'Chủ đề mất đường dẫn',
        field: 'slug',
        reason: expect.stringContaining('không dùng được'),
      });
      const page = await get(`/tin-tuc/${tagged.slug}/`);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('Chủ đề mất đường dẫn');
      expect(page.text).not.toContain('/chu-de//');
      expect((await get('/rss.xml')).text).not.toContain(takenDown.slug);
    } finally {
      setSlug.run(topic.slug, topic.documentId);
      db.close();
    }
  });

  it("editing the portal's details (Thông tin cổng) renders every page's footer again", async () => {
    await publisher.idle();
    const before = records.length;
    const res = await call(`${strapi.url}/content-manager/single-types/api::site-setting.site-setting`, {
      method: 'PUT',
      token: await editor.adminToken(),
      body: { responsiblePerson: 'Trần Thị Biên Tập (thử nghiệm)' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const footer = '<dt>Chịu trách nhiệm nội dung:</dt> <dd>Trần Thị Biên Tập (thử nghiệm)</dd>';
    await waitFor('the new footer', () => served('/', footer));
    await publisher.idle();
    expect(
      records
        .slice(before)
        .filter((r) => r.result === 'success')
        .map((r) => r.mode),
      publisherLog.slice(-8).join('\n'),
    ).toEqual(['partial', 'search-api', 'search']);
    expect((await get(`/tin-tuc/${seedFacts.articleSlug}/`)).text).toContain(footer);
  });

  it('the admin tells the editor when what they published is live, with a link to the page', async () => {
    await publisher.idle();
    const article = await editor.create('articles', {
      ...base,
      title: 'Tin để biên tập viên xem giờ lên trang',
    });
    await waitFor('the page', () => served(`/tin-tuc/${article.slug}/`));
    const admin = await signedInAdmin();
    await admin.goto(
      `${strapi.url}/admin/content-manager/collection-types/api::article.article/${article.documentId}`,
    );
    const live = admin.getByText(/Đã lên trang lúc \d{2}:\d{2}:\d{2} \(sau \d+ giây\)/);
    await live.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await admin.screenshot({ path: path.join(DATA_DIR, 'screenshots', 'admin-live-status-failed.png') });
      throw error;
    });
    // Strapi's own strings on the editor's path, in Vietnamese.
    await admin.getByText('Đã xuất bản', { exact: true }).first().waitFor();
    expect(await admin.getByRole('link', { name: 'Xem trên trang' }).getAttribute('href')).toBe(
      `https://phunu.example.vn/tin-tuc/${article.slug}/`,
    );
    await admin.screenshot({ path: path.join(DATA_DIR, 'screenshots', 'admin-live-status-1280.png') });
    await admin.close();
  });

  /** The preview address the admin's "Mở bản xem trước" opens for an entry (Strapi's preview API). */
  const adminPreviewUrl = async (uid: string, documentId: string, status = 'draft') => {
    const res = await call(
      `${strapi.url}/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}`,
      { token: await editor.adminToken() },
    );
    expect(res.status).toBe(200);
    return (res.body.data as { url: string }).url;
  };
  /** Every file of the live release that contains `text` (feeds, sitemap, pages, the server build's data). */
  const liveFilesWith = (text: string) => {
    const dir = publisher.liveRelease()!;
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !/\.(pf_\w+|avif|webp|jpe?g|png|gif|wasm)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((file) => readFileSync(file, 'utf8').includes(text));
  };

  it('previews a draft as readers will see it, rendered on request, and keeps it out of the site', async () => {
    const canary = 'xemtruocbimatchuadang';
    const draft = await editor.create(
      'articles',
      {
        ...base,
        title: 'Bản nháp để xem trước trước khi đăng',
        lead: 'Đoạn mở đầu của bản nháp, chỉ biên tập viên thấy.',
        body: `Nội dung nháp ${canary}.`,
      },
      'draft',
    );
    const url = await adminPreviewUrl('api::article.article', draft.documentId);
    expect(url.startsWith(previewUrl)).toBe(true);
    const timings: number[] = [];
    let response!: Response;
    let html = '';
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      response = await fetch(url);
      html = await response.text();
      timings.push(performance.now() - started);
    }
    console.log(`[preview] demo content: opened in ${timings.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
    expect(response.status).toBe(200);
    expect(html).toContain('Bản nháp để xem trước trước khi đăng');
    expect(html).toContain('Đoạn mở đầu của bản nháp, chỉ biên tập viên thấy.');
    expect(html).toContain(canary);
    // The site's own layout around it: the portal's sidebar, and a banner saying what this is.
    expect(html).toContain('Tâm điểm');
    expect(html).toContain('Bản xem trước');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const admin = new URL(strapi.url).origin;
    expect(response.headers.get('content-security-policy')).toMatch(
      new RegExp(`^frame-ancestors ${admin.replace(/[.]/g, '\\.')}( |;|$)`),
    );
    // The same stylesheet as the static site, served by the renderer.
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeDefined();
    const fromRenderer = await fetch(new URL(css!, previewUrl));
    expect(fromRenderer.status).toBe(200);
    expect(await fromRenderer.text()).toBe((await get(css!)).text);
    // The renderer's own code is not served.
    expect((await fetch(new URL('/_server/entry.mjs', previewUrl))).status).toBe(404);
    expect((await get('/_server/entry.mjs')).status).toBe(404);

    // Nothing of it reached the public side: REST (any status), the site, feeds, sitemap, search.
    for (const query of ['', '?status=draft']) {
      const rest = await call(`${strapi.url}/api/articles/${draft.documentId}${query}`, {
        token: strapi.token,
      });
      expect(rest.status).toBe(404);
    }
    expect((await publisher.buildNow('after a preview')).result).toBe('success');
    expect(liveFilesWith(canary)).toEqual([]);
    expect((await get(`/tin-tuc/${draft.slug}/`)).status).toBe(404);
    for (const query of [canary, 'Bản nháp để xem trước trước khi đăng'])
      expect(await searchSite(page, siteUrl, query), query).not.toContain(`/tin-tuc/${draft.slug}/`);
  });

  it("previews each type that has a page from the entry's draft (a leader on the leadership page)", async () => {
    const types: Array<[string, string, string]> = [
      ['api::organisation.organisation', '/api/organisations', 'name'],
      ['api::emulation-pledge.emulation-pledge', '/api/emulation-pledges', 'title'],
      ['api::project.project', '/api/projects', 'code'],
      ['api::video.video', '/api/videos', 'title'],
      ['api::article.article', '/api/articles', 'title'],
      ['api::page.page', '/api/pages', 'title'],
      ['api::legal-document.legal-document', '/api/legal-documents', 'number'],
      ['api::leader.leader', '/api/leaders', 'name'],
    ];
    for (const [uid, apiPath, field] of types) {
      const list = await call(`${strapi.url}${apiPath}?pagination[pageSize]=1&fields[0]=${field}`, {
        token: strapi.token,
      });
      const [entry] = list.body.data as Array<Record<string, string>>;
      const response = await fetch(await adminPreviewUrl(uid, entry!.documentId!));
      const html = await response.text();
      expect(response.status, uid).toBe(200);
      expect(html, uid).toContain(entry![field]!);
      expect(html, uid).toContain('Bản xem trước');
    }
  });

  it('refuses forged, altered, expired and misbound preview tokens with 401 or 403 and no content', async () => {
    const canary = 'matmamaxemtruocgiamao';
    const draft = await editor.create(
      'articles',
      { ...base, title: 'Bản nháp thử mã xem trước', body: `Nội dung ${canary}.` },
      'draft',
    );
    const grant = { uid: 'api::article.article', documentId: draft.documentId, status: 'draft' };
    const sign = (claims: object, secret = PREVIEW_SECRET, expiresIn = 600) =>
      jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn, audience: previewFacts.tokenAudience });
    const good = new URL(await adminPreviewUrl(grant.uid, draft.documentId)).searchParams.get('token')!;
    const [header, , signature] = good.split('.');
    const other = own.edit.documentId;
    const otherClaims = Buffer.from(JSON.stringify({ ...grant, documentId: other })).toString('base64url');
    const altered = `${header}.${otherClaims}.${signature}`;
    const refused: Record<string, string> = {
      forged: sign(grant, 'a-secret-that-is-not-the-cms-one'),
      altered,
      expired: sign(grant, PREVIEW_SECRET, -60),
      unsigned: jwt.sign(grant, '', { algorithm: 'none' } as jwt.SignOptions),
      empty: '',
    };
    for (const [what, token] of Object.entries(refused)) {
      const response = await fetch(`${previewUrl}?token=${encodeURIComponent(token)}`);
      const text = await response.text();
      expect([401, 403], what).toContain(response.status);
      expect(text, what).not.toContain(canary);
      expect(response.headers.get('cache-control'), what).toBe('no-store');
    }
    // The CMS itself: a valid token opens only its own document, and never a list.
    const asRenderer = (documentId: string, query = '') =>
      fetch(`${strapi.url}/api/articles/${documentId}?status=draft${query}`, {
        headers: { Authorization: `Bearer ${strapi.token}`, 'x-preview-token': good },
      });
    expect((await asRenderer(draft.documentId)).status).toBe(200);
    expect((await asRenderer(other)).status).toBe(403);
    const list = await fetch(`${strapi.url}/api/articles?status=draft`, {
      headers: { Authorization: `Bearer ${strapi.token}`, 'x-preview-token': good },
    });
    expect(list.status).toBe(403);
    // Without the site's API token the token alone opens nothing.
    const bare = await fetch(`${strapi.url}/api/articles/${draft.documentId}?status=draft`, {
      headers: { 'x-preview-token': good },
    });
    expect(bare.status).toBe(403);
    expect(await bare.text()).not.toContain(canary);
  });

  it('a new renderer takes over the preview port without dropping a request, kept-alive ones included', async () => {
    await publisher.idle();
    const live = publisher.liveRelease()!;
    // A copy, not hard links: another server build, so the renderer starts a new process for it.
    // Beside the releases, as a dot-folder: it finds their packages, and is never pruned or served.
    const copy = path.join(path.dirname(live), '.renderer-takeover');
    cpSync(live, copy, { recursive: true });
    const preview = await adminPreviewUrl('api::article.article', own.edit.documentId, 'published');
    const statuses: Array<number | string> = [];
    let running = true;
    // Four clients ask without a pause, each on its kept-alive connection, across the takeover.
    const clients = Array.from({ length: 4 }, async () => {
      while (running) {
        const status = await fetch(preview).then(
          async (response) => (await response.arrayBuffer(), response.status),
          (error: Error) => `${error.message}: ${String((error.cause as Error | undefined)?.message)}`,
        );
        statuses.push(status);
      }
    });
    try {
      await renderer.load(copy);
      // Past the old renderer's keep-alive timeout: it has let its last connections go and exited.
      await new Promise((resolve) => setTimeout(resolve, 6000));
    } finally {
      running = false;
      await Promise.all(clients);
      await renderer.load(live);
      rmSync(copy, { recursive: true, force: true });
    }
    expect(statuses.length).toBeGreaterThan(100);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  });

  it("a fast path's release keeps the renderer, which serves that release's files from then on", async () => {
    await publisher.idle();
    const live = publisher.liveRelease()!;
    // Hard links, as the fast path makes: the same server build, so the running renderer stays. The
    // folder it loaded is pruned a few fast edits later; the site's files must come from the new one.
    const copy = path.join(path.dirname(live), '.renderer-follows');
    await linkCopy(live, copy);
    writeFileSync(path.join(copy, 'only-in-the-copy.txt'), 'từ bản mới');
    // Each on a new connection: a kept-alive one may still reach a renderer stopped by another test.
    const getNew = (urlPath: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        http
          .get(new URL(urlPath, previewUrl), { agent: false }, (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode!, text }));
          })
          .on('error', reject);
      });
    try {
      await renderer.load(copy);
      expect(renderer.serving).toBe(copy);
      expect(await getNew('/only-in-the-copy.txt')).toEqual({ status: 200, text: 'từ bản mới' });
      const css = /href="(\/_astro\/[^"]+\.css)"/.exec((await get('/')).text)?.[1];
      expect((await getNew(css!)).status).toBe(200);
    } finally {
      await renderer.load(live);
      rmSync(copy, { recursive: true, force: true });
    }
    expect((await getNew('/only-in-the-copy.txt')).status).toBe(404);
  });

  it('the editor previews a draft in the admin, schedules it, and sees it go live', async () => {
    const title = 'Tin hẹn giờ đăng sau khi xem trước';
    const draft = await editor.create(
      'articles',
      { ...base, title, lead: 'Tin được xem trước rồi hẹn giờ đăng.' },
      'draft',
    );
    // A browser in another time zone: the schedule still reads in Vietnam's time.
    const admin = await signedInAdmin('Europe/Paris');
    const shots = path.join(DATA_DIR, 'screenshots');
    try {
      await admin.goto(
        `${strapi.url}/admin/content-manager/collection-types/api::article.article/${draft.documentId}`,
      );
      await admin.getByRole('link', { name: 'Mở bản xem trước' }).click();
      const frame = admin.frameLocator('iframe');
      await frame.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });
      // Styled by the site's own stylesheet (its header rule), with the preview's banner above. The
      // heading can be there before the stylesheet has loaded: asked until it has (or 10 s).
      const header = frame.locator('.site-header');
      await expect
        .poll(() => header.evaluate((el) => getComputedStyle(el).borderBottomWidth), { timeout: 10_000 })
        .toBe('3px');
      await frame.getByText('Bản xem trước: bản nháp').waitFor();
      await admin.screenshot({ path: path.join(shots, 'admin-preview-1280.png') });

      // Scheduled 20 s ahead (the "Hẹn giờ" field), then live on the static site by itself.
      const publishAt = new Date(Date.now() + 20_000);
      const scheduled = await call(`${strapi.url}/api/articles/${draft.documentId}?status=draft`, {
        method: 'PUT',
        token: await editor.fullAccessToken(),
        body: { data: { publishAt: publishAt.toISOString() } },
      });
      expect(scheduled.status).toBe(200);
      const slug = (scheduled.body.data as { slug: string }).slug;
      // Back in the edit view: the schedule in Vietnam's time.
      await admin.goto(
        `${strapi.url}/admin/content-manager/collection-types/api::article.article/${draft.documentId}`,
      );
      const zone = { timeZone: 'Asia/Ho_Chi_Minh' };
      const vietnam =
        `${publishAt.toLocaleTimeString('vi-VN', { ...zone, hour12: false })} ` +
        publishAt.toLocaleDateString('vi-VN', zone);
      await admin.getByText(`Hẹn giờ đăng: ${vietnam} (giờ Việt Nam)`).waitFor({ timeout: 15_000 });
      await waitFor('the scheduled article on the site', () => served(`/tin-tuc/${slug}/`, title), 120_000);
      const liveAfter = (Date.now() - publishAt.getTime()) / 1000;
      console.log(`[schedule] publishAt -> page served: ${liveAfter.toFixed(1)} s`);
      expect(liveAfter).toBeGreaterThanOrEqual(0);
      await admin.goto(
        `${strapi.url}/admin/content-manager/collection-types/api::article.article/${draft.documentId}`,
      );
      await admin
        .getByText(/Đã lên trang lúc \d{2}:\d{2}:\d{2} \(sau \d+ giây\)/)
        .waitFor({ timeout: 60_000 });
      await admin.screenshot({ path: path.join(shots, 'admin-scheduled-live-1280.png') });
    } catch (error) {
      await admin.screenshot({ path: path.join(shots, 'admin-preview-failed.png') });
      throw error;
    } finally {
      await admin.close();
    }
  });

  it('a contributor sends a draft for review, the editor returns it with a reason, then publishes it', async () => {
    const unit = 'hoi-lhpn-tinh-quang-tri';
    const lan = await newsroomPerson(strapi, editor, { name: 'Lan', role: 'Cộng tác viên', unit });
    const hoa = await newsroomPerson(strapi, editor, { name: 'Hoa', role: 'Biên tập viên', unit });
    const title = 'Hội LHPN xã Hướng Phùng dạy nghề may cho phụ nữ';
    const created = await lan.create(ARTICLE, { ...base, title });
    expect(created.status).toBe(201);
    const { documentId, slug } = created.body.data as Entry;
    const editView = `${strapi.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}`;
    const shots = path.join(DATA_DIR, 'screenshots');
    const contributor = await signedInAdmin(undefined, lan);
    const reviewer = await signedInAdmin(undefined, hoa);
    try {
      // Lan: her draft, "Xuất bản" greyed out for her, "Gửi duyệt".
      await contributor.goto(editView);
      await contributor.getByRole('button', { name: 'Gửi duyệt' }).click();
      await contributor.getByText(/^Chờ duyệt: Lan/).waitFor();
      expect(await contributor.getByRole('button', { name: 'Xuất bản', exact: true }).isDisabled()).toBe(
        true,
      );
      await contributor.screenshot({ path: path.join(shots, 'newsroom-contributor-sent-1280.png') });

      // Hoa: on her home, then on the "Chờ duyệt" page with the count; "Trả lại" with a reason.
      await reviewer.goto(`${strapi.url}/admin/`);
      await reviewer.getByText(/^\d+ bài chờ bạn duyệt$/).waitFor();
      await reviewer.getByRole('link', { name: title }).waitFor();
      await reviewer.screenshot({ path: path.join(shots, 'newsroom-home-1280.png'), fullPage: true });
      await reviewer.getByRole('link', { name: 'Chờ duyệt', exact: true }).first().click();
      await reviewer.getByRole('heading', { name: /^Chờ duyệt \(\d+\)$/ }).waitFor();
      await reviewer.screenshot({ path: path.join(shots, 'newsroom-queue-1280.png') });
      await reviewer.getByRole('link', { name: title }).click();
      await reviewer.getByLabel('Lý do trả lại').fill('Cần thêm tên người trong ảnh.');
      await reviewer.getByRole('button', { name: 'Trả lại' }).click();
      await reviewer.getByText('Đã trả lại bài.').waitFor();

      // Lan sees why, and sends it again.
      await contributor.goto(editView);
      await contributor.getByText('Lý do: Cần thêm tên người trong ảnh.').waitFor();
      await contributor.screenshot({ path: path.join(shots, 'newsroom-returned-1280.png') });
      await contributor.getByRole('button', { name: 'Gửi duyệt' }).click();
      await contributor.getByText(/^Chờ duyệt: Lan/).waitFor();

      // Hoa publishes it; the log says who did what, and the site has it.
      await reviewer.goto(editView);
      await reviewer.getByRole('button', { name: 'Xuất bản', exact: true }).click();
      await reviewer.getByText(/Xuất bản · Hoa/).waitFor({ timeout: 30_000 });
      await waitFor('the reviewed article on the site', () => served(`/tin-tuc/${slug}/`, title), 120_000);
      await reviewer.screenshot({ path: path.join(shots, 'newsroom-published-1280.png') });
    } catch (error) {
      await contributor.screenshot({ path: path.join(shots, 'newsroom-contributor-failed.png') });
      await reviewer.screenshot({ path: path.join(shots, 'newsroom-editor-failed.png') });
      throw error;
    } finally {
      await contributor.close();
      await reviewer.close();
    }
  });

  it('rolls back to the previous build and forward again', async () => {
    const back = own.rollback;
    await publisher.idle();
    const before = records.length;
    // A build of everything on demand, so that the release before it is the live one now.
    const newest = await publisher.buildNow('manual');
    expect(newest.result).toBe('success');
    await editor.unpublish('api::article.article', back.documentId);
    await waitFor('the page to be gone', async () => (await get(`/tin-tuc/${back.slug}/`)).status === 404);
    await publisher.idle();
    // The unpublish went the fast path; its releases follow the full one.
    const latest = records.at(-1)!;
    expect(records.slice(before).map((r) => r.mode)).toEqual(['full', 'partial', 'search-api', 'search']);
    const previous = publisher.status.previous;
    const rollback = await fetch(`${controlUrl}/rollback`, {
      method: 'POST',
      headers: { [SECRET_HEADER]: SECRET },
    });
    expect(rollback.status).toBe(200);
    expect(publisher.status.current).toBe(previous);
    expect((await get('/')).text).toBe(
      readFileSync(path.join(publisher.releases.releasesDir, previous!, 'index.html'), 'utf8'),
    );
    await fetch(`${controlUrl}/rollback`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
    expect(publisher.status.current).toBe(latest.id);
    expect((await get(`/tin-tuc/${back.slug}/`)).status).toBe(404);
  });
});
