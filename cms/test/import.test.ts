// `npm run import` against the project's real Strapi: a WordPress export and an RSS feed of an old
// portal (written for these tests, Vietnamese content, a malformed item in each), images served by
// a local server as the old portal would, run twice; an article edited in between is kept.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { StrapiClient } from 'shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, ROOT } from '../../scripts/lib/paths.ts';
import { adminToken, api, fullAccessToken, strapiInfo } from './helpers.ts';

const sharp = createRequire(path.join(CMS_DIR, 'package.json'))('sharp') as typeof import('sharp').default;
const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'wup-import-test-'));
const WXR_FIRST = 'https://cu.phunuquangtri.vn/2019/12/26/tong-ket-cong-tac-hoi-2019/';
const WXR_DRAFT = 'https://cu.phunuquangtri.vn/?p=202';
const WXR_LOST_IMAGE = 'https://cu.phunuquangtri.vn/2019/11/02/phu-nu-dakrong-nong-thon-moi/';
const RSS_FIRST = 'https://cu.phununinhbinh.vn/tin-tuc/ra-mat-mo-hinh-di-san-trang-an-123.html';

let images: Server;
let imagesUrl = '';
const files: Record<string, string> = {};

/** Runs `npm run import`'s script on the test Strapi's database; its output. */
async function importFile(file: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts', 'import.ts'), file], {
    cwd: ROOT,
    env: { ...process.env, ...strapiInfo().env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

const client = () => new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
const bySource = async (url: string) =>
  (await client().findAll('article', { filters: { sourceUrl: { $eq: url } } }))[0];

/** An article in any state, as the admin's Content Manager lists it. */
async function inAdmin(sourceUrl: string) {
  const res = await api(
    `/content-manager/collection-types/api::article.article?filters[sourceUrl][$eq]=${encodeURIComponent(sourceUrl)}`,
    { token: await adminToken() },
  );
  return (res.body as unknown as { results: Array<{ documentId: string; title: string; status: string }> })
    .results;
}

beforeAll(async () => {
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#c2185b' } })
    .jpeg()
    .toBuffer();
  // The old portal's images: three exist, khong-con-nua.jpg was lost long ago.
  images = createServer((req, res) => {
    if (/\/(hoi-nghi|phat-qua|trang-an)\.jpg$/.test(req.url ?? '')) {
      res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': photo.length }).end(photo);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
  const address = images.address();
  imagesUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const name of ['old-portal.wxr.xml', 'old-portal.rss.xml']) {
    files[name] = path.join(work, name);
    const template = readFileSync(path.join(CMS_DIR, 'test', 'import', name), 'utf8');
    writeFileSync(files[name], template.replaceAll('{{IMAGES}}', imagesUrl));
  }
});

afterAll(async () => {
  await new Promise((resolve) => images.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('brings in a WordPress export: posts, drafts, dates, authors, topics, units, images', async () => {
    const out = await importFile(files['old-portal.wxr.xml']!);
    expect(out).toMatch(/3 imported \(2 published, 1 drafts\), 2 image\(s\) copied, 0 skipped, 2 refused/);
    expect(out).toMatch(/refused: https:\/\/cu\.phunuquangtri\.vn\/\?p=204: không có tiêu đề/);
    expect(out).toMatch(
      /refused: Tổng kết công tác Hội năm 2019 \(bản đăng lại\): slug: Đường dẫn "tong-ket-cong-tac-hoi-2019"/,
    );
    expect(out).toMatch(/imported without an image: Phụ nữ Đakrông .*khong-con-nua\.jpg: nguồn trả 404/);

    const first = await bySource(WXR_FIRST);
    expect(first).toMatchObject({
      title: 'Hội LHPN tỉnh Quảng Trị tổng kết công tác Hội năm 2019 và ký kết giao ước thi đua',
      slug: 'tong-ket-cong-tac-hoi-2019',
      date: '2019-12-26T03:00:00.000Z',
      byline: 'Bình An',
      lead:
        'Hội LHPN tỉnh Quảng Trị tổng kết công tác Hội năm 2019, giúp 1.200 hộ thoát nghèo ' +
        'và ký kết giao ước thi đua năm 2020.',
    });
    expect(first!.cover?.url).toMatch(/^\/uploads\/hoi_nghi_\w+\.jpg$/);
    expect(first!.body).toContain('## Kết quả nổi bật');
    expect(first!.body).toMatch(/!\[Trao quà cho hội viên\]\(\/uploads\/phat_qua_\w+\.jpg\)/);
    expect(first!.body).not.toMatch(/alert|<script/);
    expect(first!.tags.map((t) => t.slug).sort()).toEqual(['giam-ngheo-ben-vung', 'giao-uoc-thi-dua']);
    // The category named a unit: the article belongs to it.
    const [quangTri] = await client().findAll('organisation', {
      filters: { name: { $eq: 'Hội LHPN tỉnh Quảng Trị' } },
    });
    expect(first!.organisations.map((o) => o.documentId)).toEqual([quangTri!.documentId]);
    // The image on disk is the old portal's bytes.
    const served = await fetch(`${strapiInfo().url}${first!.cover!.url}`);
    expect(served.status).toBe(200);

    const lost = await bySource(WXR_LOST_IMAGE);
    expect(lost!.body).toContain('2.000 ngày công');
    expect(lost!.body).not.toContain('khong-con-nua');
    // The draft stays a draft: in the admin, not in the public API.
    expect(await bySource(WXR_DRAFT)).toBeUndefined();
    expect((await inAdmin(WXR_DRAFT)).map((a) => a.status)).toEqual(['draft']);
  });

  it('changes nothing when run again, and keeps an article edited in the admin since', async () => {
    const first = await bySource(WXR_FIRST);
    const edited = 'Hội LHPN tỉnh Quảng Trị tổng kết năm 2019 (biên tập viên đã sửa)';
    const update = await api(`/api/articles/${first!.documentId}`, {
      method: 'PUT',
      token: await fullAccessToken(),
      body: { data: { title: edited } },
    });
    expect(update.status).toBe(200);
    const before = await client().findAll('article');
    const out = await importFile(files['old-portal.wxr.xml']!);
    expect(out).toMatch(/0 imported \(0 published, 0 drafts\), 0 image\(s\) copied, 3 skipped, 2 refused/);
    expect(await client().findAll('article')).toEqual(before);
    expect((await bySource(WXR_FIRST))!.title).toBe(edited);
  });

  it('brings in an RSS feed with content:encoded and an image enclosure, once', async () => {
    const out = await importFile(files['old-portal.rss.xml']!);
    expect(out).toMatch(/RSS feed: 1 post\(s\) to import, 1 unreadable/);
    expect(out).toMatch(/1 imported \(1 published, 0 drafts\), 1 image\(s\) copied, 0 skipped, 1 refused/);
    expect(out).toMatch(/refused: Tin có ngày hỏng: không có ngày đăng đọc được/);
    const article = await bySource(RSS_FIRST);
    expect(article).toMatchObject({
      title: 'Hội LHPN tỉnh Ninh Bình ra mắt mô hình "Phụ nữ giữ gìn di sản Tràng An"',
      date: '2021-03-08T02:15:00.000Z',
      byline: 'Thu Hà',
      lead: 'Mô hình giúp hội viên tham gia bảo vệ cảnh quan di sản thế giới Tràng An.',
    });
    expect(article!.cover?.url).toMatch(/^\/uploads\/trang_an_\w+\.jpg$/);
    expect(article!.tags.map((t) => t.slug)).toEqual(['van-hoa']);
    expect(await importFile(files['old-portal.rss.xml']!)).toMatch(/0 imported .* 1 skipped, 1 refused/);
  });
});
