import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Media } from 'shared-types';
import { acceptedFiles, refusedFiles } from 'test-harness/test-media';
import { findBrokenMedia, imageProblem, mediaPaths, mediaUses, withoutMedia } from './media-health';

const media = (url: string): Media => ({
  id: 1,
  documentId: `m-${url}`,
  url,
  alternativeText: 'Ảnh',
  caption: null,
  width: 900,
  height: 600,
  mime: 'image/jpeg',
  size: 12,
  name: url.slice(9),
});

describe('media fields', () => {
  it.each([
    ['article', [['cover'], ['seo', 'shareImage']]],
    ['organisation', [['logo'], ['seo', 'shareImage']]],
    ['video', [['file'], ['thumbnail'], ['seo', 'shareImage']]],
    ['tag', []],
  ] as const)('finds the media fields of %s from its populate', (type, paths) => {
    expect(mediaPaths(type)).toEqual(paths);
  });

  it('lists the uploads an entry uses with their field, and leaves out a broken one', () => {
    const article = {
      documentId: 'a1',
      slug: 'tin-a',
      cover: media('/uploads/bia.jpg'),
      seo: { metaTitle: 'Tin A', shareImage: media('/uploads/chia-se.jpg') },
    };
    expect(mediaUses('article', article).map((u) => [u.entry, u.field, u.media.url])).toEqual([
      ['tin-a', 'cover', '/uploads/bia.jpg'],
      ['tin-a', 'seo.shareImage', '/uploads/chia-se.jpg'],
    ]);
    const stripped = withoutMedia('article', article, new Map([['/uploads/chia-se.jpg', 'hỏng']]));
    expect(stripped.cover).toBe(article.cover);
    expect(stripped.seo).toEqual({ metaTitle: 'Tin A', shareImage: null });
    // The entry of the loaded data is never changed in place.
    expect(article.seo.shareImage).not.toBeNull();
    expect(withoutMedia('article', article, new Map())).toBe(article);
  });
});

describe('imageProblem', async () => {
  const [refused, accepted] = await Promise.all([refusedFiles(), acceptedFiles()]);

  it.each(
    // The truncated JPEG and the misnamed PNG are images sharp (with Astro's failOn 'none') can use.
    refused
      .filter((f) => !['cat-ngang.jpg', 'anh-png.jpg'].includes(f.name) && f.bytes.length > 0)
      .map((f) => [f.name, f] as const),
  )('finds %s unusable', async (_, file) => {
    expect(await imageProblem(file.bytes)).toBeTruthy();
  });

  it.each(accepted.map((f) => [f.what, f] as const))('can use: %s', async (_, file) => {
    expect(await imageProblem(file.bytes)).toBeNull();
  });
});

describe('the uploads a build found unusable, in the resident renderer', () => {
  it('leaves them out of entries it does not check again, as the build did, without asking Strapi', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wup-unusable-'));
    const file = path.join(dir, 'unusable-uploads.json');
    writeFileSync(file, JSON.stringify({ '/uploads/bi-xoa.jpg': 'Strapi trả 404' }));
    const holder = globalThis as Record<symbol, unknown>;
    const key = Symbol.for('wup-portal.unusable-uploads');
    const saved = holder[key];
    delete holder[key];
    vi.stubEnv('SITE_UNUSABLE_UPLOADS', file);
    vi.stubEnv('DATA_DIR', dir);
    try {
      const uses = ['/uploads/bi-xoa.jpg', '/uploads/tot.jpg'].map((url) => ({
        type: 'article' as const,
        documentId: url,
        entry: url,
        field: 'cover',
        media: media(url),
      }));
      const broken = await findBrokenMedia(uses, () => false);
      expect([...broken]).toEqual([['/uploads/bi-xoa.jpg', 'Strapi trả 404']]);
    } finally {
      vi.unstubAllEnvs();
      holder[key] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
