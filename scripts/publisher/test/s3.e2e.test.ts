// Uploads in S3-compatible object storage: a real S3-protocol server (s3rver) started here, a real
// Strapi configured for it by environment (S3_*), a real build. An image uploaded through the
// admin lands in the bucket, the built page shows it from the site's own /uploads/, and deleting
// it in the admin removes it from the bucket.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../lib/strapi/strapi.ts';
import { call, TestEditor } from 'test-harness/test-content';
import { acceptedFiles } from 'test-harness/test-media';
import { startTestStrapi, type TestStrapi } from 'test-harness/test-strapi';
import { buildSite } from '../src/build/site-build.ts';

const BUCKET = 'wup-media';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('uploads in S3-compatible object storage', () => {
  let s3: S3rver;
  let s3Url: string;
  let strapi: TestStrapi;
  let editor: TestEditor;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'wup-s3-'));
    const port = await freePort();
    s3 = new S3rver({
      address: '127.0.0.1',
      port,
      directory: path.join(work, 's3'),
      silent: true,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    await s3.run();
    s3Url = `http://127.0.0.1:${port}`;
    strapi = await startTestStrapi('sqlite', {
      env: {
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: s3Url,
        S3_REGION: 'us-east-1',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      },
    });
    editor = new TestEditor(strapi);
  });

  afterAll(async () => {
    await strapi?.destroy();
    await s3?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('an image uploaded in the admin is in the bucket, on the built page, and deleted from it', async () => {
    const photo = (await acceptedFiles()).find((f) => f.type === 'image/jpeg')!;
    const uploaded = await editor.upload(photo, 'admin');
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const [file] = uploaded.body as unknown as Array<{ id: number; url: string; hash: string; ext: string }>;
    // Stored in the bucket, not on the CMS's disk: its URL is the bucket's.
    expect(file!.url).toBe(`${s3Url}/${BUCKET}/${file!.hash}${file!.ext}`);
    expect(readdirSync(path.join(strapi.publicDir, 'uploads'))).not.toContain(`${file!.hash}${file!.ext}`);
    const stored = await fetch(file!.url);
    expect(stored.status).toBe(200);
    // The bucket holds the file as Strapi stored it (turned upright, metadata as the upload plugin leaves it).
    const storedBytes = Buffer.from(await stored.arrayBuffer());
    expect(storedBytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    const article = await editor.create('articles', {
      title: 'Tin có ảnh bìa lưu trong kho đối tượng S3',
      date: '2026-11-26T08:00:00+07:00',
      lead: 'Ảnh bìa của tin này nằm trong kho lưu trữ đối tượng, không trên đĩa của CMS.',
      body: 'Nội dung tin kiểm thử kho S3.',
      featured: false,
      cover: file!.id,
    });
    const dist = path.join(work, 'dist');
    const build = await buildSite({
      outDir: dist,
      env: {
        STRAPI_URL: strapi.url,
        STRAPI_TOKEN: strapi.token,
        SITE_URL: 'https://phunu.example.vn',
        DATA_DIR: work,
        MEDIA_URL: `${s3Url}/${BUCKET}`,
      },
    });
    expect(build.warnings).toEqual([]);
    const html = readFileSync(path.join(dist, 'tin-tuc', article.slug, 'index.html'), 'utf8');
    // Readers get the image from the site (its resized copies and the original), never the bucket.
    expect(html).toMatch(/<img[^>]+src="\/_astro\/[^"]+"/);
    expect(html).not.toContain(s3Url);
    const copied = path.join(dist, 'uploads', `${file!.hash}${file!.ext}`);
    expect(existsSync(copied)).toBe(true);
    expect(sha256(readFileSync(copied))).toBe(sha256(storedBytes));

    // Deleted in the admin (after the article lets go of it): gone from the bucket.
    const detach = await call(`${strapi.url}/api/articles/${article.documentId}`, {
      method: 'PUT',
      token: await editor.fullAccessToken(),
      body: { data: { cover: null } },
    });
    expect(detach.status).toBe(200);
    const deleted = await call(`${strapi.url}/upload/files/${file!.id}`, {
      method: 'DELETE',
      token: await editor.adminToken(),
    });
    expect(deleted.status).toBe(200);
    expect((await fetch(file!.url)).status).toBe(404);
  });
});
