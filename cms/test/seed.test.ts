import { describe, expect, it } from 'vitest';
import { TestEditor } from 'test-harness/test-content';
import { startTestStrapi, type TestDatabase } from 'test-harness/test-strapi';

const PATHS = ['articles', 'organisations', 'emulation-pledges', 'projects', 'videos', 'tags'];

async function counts(url: string, token: string) {
  const out: Record<string, number> = {};
  for (const path of PATHS) {
    const res = await fetch(`${url}/api/${path}?pagination[pageSize]=1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    out[path] = ((await res.json()) as { meta: { pagination: { total: number } } }).meta.pagination.total;
  }
  return out;
}

describe('demo seed', () => {
  it('is added once: a restart changes no count, and a demo article deleted stays deleted', async () => {
    const strapi = await startTestStrapi((process.env.TEST_DB ?? 'sqlite') as TestDatabase);
    try {
      const first = await counts(strapi.url, strapi.token);
      expect(first.articles).toBeGreaterThanOrEqual(12);
      expect(first.organisations).toBeGreaterThanOrEqual(8);
      expect(first.videos).toBeGreaterThanOrEqual(2);
      await strapi.restart();
      expect(await counts(strapi.url, strapi.token)).toEqual(first);

      // A demo article the newsroom deleted stays deleted: the demo is added once per install.
      const editor = new TestEditor(strapi);
      const [demo] = await editor.list('articles');
      expect((await editor.remove('articles', demo!.documentId)).status).toBe(204);
      await strapi.restart();
      expect(await counts(strapi.url, strapi.token)).toEqual({ ...first, articles: first.articles! - 1 });
    } finally {
      await strapi.destroy();
    }
  });
});
