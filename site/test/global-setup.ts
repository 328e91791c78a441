import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { TestEditor } from 'test-harness/test-content';
import { startTestStrapi } from 'test-harness/test-strapi';
import { buildSite, siteApp, SiteSearch, type BuildResult } from 'publisher';
import { XSS_VECTORS } from './xss-corpus.ts';

export interface SiteFixtures {
  /** The built site's folder. */
  dist: string;
  /** Where the test serves it, as the publisher does: with the search API. */
  url: string;
  /** The same site on a plain static server (no search API): search runs in the browser. */
  staticUrl: string;
  /** The public URL the build was made for (links in feeds and canonical URLs). */
  siteUrl: string;
  build: BuildResult;
  xssSlug: string;
  draftSlug: string;
  unpublishedSlug: string;
  /** Published an hour before the build. */
  recentSlug: string;
  /** A word that only the draft and the unpublished article contain. */
  secretWord: string;
  /** A project with eleven news besides the demo's one (oldest: "Tin thứ 1 về Đề án 404 …"). */
  pagedProject: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: SiteFixtures;
  }
}

const SITE_URL = 'https://phunu.example.vn';
/** A demo project (one demo article) that the setup gives eleven more: two pages of its news. */
const PAGED_PROJECT = 'de-an-404';
const PAGED_PROJECT_EXTRA_NEWS = 11;
const base = {
  date: '2024-03-08T08:00:00+07:00',
  featured: false,
  lead: 'Tin dùng trong kiểm thử tự động của cổng thông tin, không phải tin thật.',
};

/** A real Strapi with the demo content and three test articles, and a real build of the site. */
export default async function setup(project: TestProject) {
  const strapi = await startTestStrapi('sqlite');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wup-site-'));
  try {
    const editor = new TestEditor(strapi);
    const secretWord = 'tuyetmatkhongduoclo';
    const xss = await editor.create('articles', {
      ...base,
      title: 'Bài kiểm tra an toàn nội dung trước mã độc',
      body: `Đoạn mở đầu an toàn.\n\n${XSS_VECTORS.join('\n\n')}\n\nĐoạn kết an toàn.`,
    });
    const draft = await editor.create(
      'articles',
      { ...base, title: 'Bản nháp chưa được duyệt đăng lên cổng', body: `Nội dung nháp ${secretWord}.` },
      'draft',
    );
    const gone = await editor.create('articles', {
      ...base,
      title: 'Tin đã đăng rồi bị gỡ xuống khỏi cổng',
      body: `Nội dung đã gỡ ${secretWord}.`,
    });
    await editor.unpublish('api::article.article', gone.documentId);
    // Published an hour ago: the one article of the Google News sitemap (its window is two days).
    const recent = await editor.create('articles', {
      ...base,
      date: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
      title: 'Tin nóng: Hội LHPN tỉnh Quảng Trị họp bàn công tác tháng mới',
      body: 'Hội nghị giao ban đầu tháng của Hội LHPN tỉnh.',
    });

    // A project with more news than one page lists: its news go on to a second page.
    const token = await editor.fullAccessToken();
    const projects = await fetch(`${strapi.url}/api/projects?filters[slug][$eq]=${PAGED_PROJECT}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const paged = ((await projects.json()) as { data: Array<{ documentId: string }> }).data[0]!;
    for (let i = 1; i <= PAGED_PROJECT_EXTRA_NEWS; i++)
      await editor.create('articles', {
        ...base,
        date: `2016-05-${String(i).padStart(2, '0')}T08:00:00+07:00`,
        title: `Tin thứ ${i} về Đề án 404 trong năm 2016`,
        body: 'Tin dùng để kiểm thử trang thứ hai của một đề án.',
        projects: [paged.documentId],
      });

    const dist = path.join(dataDir, 'dist');
    const build = await buildSite({
      outDir: dist,
      env: { STRAPI_URL: strapi.url, STRAPI_TOKEN: strapi.token, SITE_URL, DATA_DIR: dataDir },
      // Small shards, so the search tests go through several merged Pagefind indexes as a large site does.
      searchShardPages: 10,
    });
    const search = new SiteSearch(dist);
    const app = await siteApp(dist, search);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const plain = await siteApp(dist);
    const staticUrl = await plain.listen({ host: '127.0.0.1', port: 0 });
    project.provide('site', {
      dist,
      url: address,
      staticUrl,
      siteUrl: SITE_URL,
      build,
      xssSlug: xss.slug,
      draftSlug: draft.slug,
      unpublishedSlug: gone.slug,
      recentSlug: recent.slug,
      secretWord,
      pagedProject: PAGED_PROJECT,
    });
    return async () => {
      await Promise.all([app.close(), plain.close(), search.close()]);
      await strapi.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } catch (error) {
    await strapi.destroy();
    throw error;
  }
}
