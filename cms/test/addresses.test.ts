// Every entry of every type has an address the site can make a page at, whatever its name: a name
// in Chinese, emoji or punctuation gets one made from the type's word and a hash of the name,
// through REST, the admin's Content Manager and `npm run import`; an unusable one typed by hand is
// refused with a 400 naming the field; and an empty one already in the database is repaired at
// start. Against the project's real Strapi, on SQLite and on PostgreSQL.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { StrapiClient, USABLE_SLUG } from 'shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, ROOT } from '../../scripts/lib/paths.ts';
import { adminToken, api, fullAccessToken, strapiInfo } from './helpers.ts';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'wup-addresses-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NAMES = ['远征手记', '🌸🌸', '…—…'];
const hashed = (word: string) => new RegExp(`^${word}-[0-9a-f]{8}$`);

/** [REST path, the field the address is made from, a valid entry, the address's word] */
const TYPES: Array<[string, string, Record<string, unknown>, string]> = [
  [
    'articles',
    'title',
    {
      date: '2024-06-01T08:00:00+07:00',
      lead: 'Một tin thử nghiệm có tiêu đề không có chữ Latinh nào.',
      body: 'Nội dung Markdown hợp lệ của tin thử nghiệm.',
      featured: false,
    },
    'bai-viet',
  ],
  ['organisations', 'name', { kind: 'women_union', level: 'commune' }, 'to-chuc'],
  ['emulation-pledges', 'title', { kind: 'emulation_pledge', startYear: 2021 }, 'giao-uoc'],
  ['projects', 'title', {}, 'de-an'],
  [
    'videos',
    'title',
    { date: '2024-06-01T08:00:00+07:00', externalUrl: 'https://youtu.be/abcdefghijk' },
    'video',
  ],
  ['tags', 'name', {}, 'chu-de'],
];

let writer: string;
beforeAll(async () => {
  writer = await fullAccessToken();
});

describe('an entry whose name gives no address', () => {
  it.each(TYPES)(
    '%s: gets one made from its type and name, through REST',
    async (rest, field, data, word) => {
      for (const [i, name] of NAMES.entries()) {
        // Unique in the run without a Latin letter or digit: the type's and the case's own character.
        const typed = `${name}『${'甲乙丙丁戊己'[TYPES.findIndex(([path]) => path === rest)]}${'一二三'[i]}』`;
        const res = await api(`/api/${rest}`, {
          method: 'POST',
          token: writer,
          body: { data: { ...data, [field]: typed, ...(i === 1 ? { slug: '' } : {}) } },
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        expect((res.body.data as { slug: string }).slug).toMatch(hashed(word));
      }
    },
  );

  it('through the admin: the address the form fills in, and the one saved', async () => {
    const token = await adminToken();
    const generated = await api('/content-manager/uid/generate', {
      method: 'POST',
      token,
      body: { contentTypeUID: 'api::tag.tag', field: 'slug', data: { name: '🌸🌸『管』' } },
    });
    expect(generated.status).toBe(200);
    expect((generated.body as unknown as { data: string }).data).toMatch(hashed('chu-de'));

    const saved = await api('/content-manager/collection-types/api::tag.tag', {
      method: 'POST',
      token,
      body: { name: '🌸🌸🌸', slug: '' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect((saved.body.data as { slug: string }).slug).toMatch(hashed('chu-de'));

    const draft = await api('/content-manager/collection-types/api::article.article', {
      method: 'POST',
      token,
      body: { title: '远征手记『编』', slug: '' },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect((draft.body.data as { slug: string }).slug).toMatch(hashed('bai-viet'));
  });

  it('an address typed by hand with no letter or digit is refused, naming the field', async () => {
    const res = await api('/api/tags', {
      method: 'POST',
      token: writer,
      body: { data: { name: 'Thẻ gạch', slug: '---' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.details?.errors?.[0]?.path).toEqual(['slug']);
    expect(res.body.error?.message).toContain('không dùng được');
  });
});

describe('npm run import of a WordPress export with Chinese and emoji categories', () => {
  it('imports the post and its topics, each with an address', async () => {
    const file = path.join(work, 'non-latin.wxr.xml');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Test</title><link>https://vi-du.example.vn</link><wp:wxr_version>1.2</wp:wxr_version>
  <item>
    <title><![CDATA[远征手记：第一篇]]></title>
    <link>https://vi-du.example.vn/?p=9001</link>
    <guid isPermaLink="false">https://vi-du.example.vn/?p=9001</guid>
    <content:encoded><![CDATA[<p>Nội dung bài nhập từ WordPress, chuyên mục tiếng Trung.</p>]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>9001</wp:post_id>
    <wp:post_date><![CDATA[2020-03-08 08:00:00]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[2020-03-08 01:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[%e8%bf%9c%e5%be%81%e6%89%8b%e8%ae%b0]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="%e8%bf%9c%e5%be%81"><![CDATA[远征手记]]></category>
    <category domain="post_tag" nicename="flowers"><![CDATA[🌸🌸]]></category>
  </item>
</channel>
</rss>
`,
    );
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts', 'import.ts'), file], {
      cwd: ROOT,
      env: { ...process.env, ...strapiInfo().env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toContain('1 imported (1 published');
    const client = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
    const [article] = await client.findAll('article', {
      filters: { sourceUrl: { $eq: 'https://vi-du.example.vn/?p=9001' } },
    });
    expect(article?.slug).toMatch(hashed('bai-viet'));
    const tags = await client.findAll('tag', {
      filters: { documentId: { $in: article!.tags.map((t) => t.documentId) } },
    });
    expect(tags.map((t) => t.name).sort()).toEqual(['远征手记', '🌸🌸'].sort());
    for (const tag of tags) expect(tag.slug).toMatch(hashed('chu-de'));
  });
});

describe('an empty address already in the database', () => {
  it('is repaired when Strapi starts, and logged', async () => {
    const client = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
    const created = await api('/api/tags', {
      method: 'POST',
      token: writer,
      body: { data: { name: 'Chủ đề bị mất đường dẫn' } },
    });
    const { documentId } = created.body.data as { documentId: string };
    await setSlugInDatabase('tags', documentId, '');
    const stored = await api(`/api/tags?filters[documentId][$eq]=${documentId}`, {
      token: strapiInfo().token,
    });
    expect((stored.body.data as Array<{ slug: string }>)[0]?.slug).toBe('');

    // A second Strapi on the same database boots (as a restart would) and repairs it.
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'cms', 'test', 'support', 'boot.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...strapiInfo().env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toContain(`${documentId} had no address; it is now "chu-de-bi-mat-duong-dan"`);
    const [repaired] = await client.findAll('tag', { filters: { documentId } });
    expect(repaired?.slug).toBe('chu-de-bi-mat-duong-dan');
    expect(repaired?.slug).toMatch(USABLE_SLUG);
  });
});

/** Writes a slug straight into a table, as an old version of the CMS could have left it. */
async function setSlugInDatabase(table: string, documentId: string, slug: string) {
  const env = strapiInfo().env;
  if (strapiInfo().database === 'postgres') {
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    await db.query(`UPDATE ${table} SET slug = $1 WHERE document_id = $2`, [slug, documentId]);
    await db.end();
    return;
  }
  const Database = createRequire(path.join(CMS_DIR, 'package.json'))(
    'better-sqlite3',
  ) as typeof import('better-sqlite3');
  const db = new Database(env.DATABASE_FILENAME!);
  db.prepare(`UPDATE ${table} SET slug = ? WHERE document_id = ?`).run(slug, documentId);
  db.close();
}
