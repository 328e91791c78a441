import { describe, expect, it } from 'vitest';
import { startTestStrapi, type TestDatabase } from '../../scripts/lib/test-strapi.ts';

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
  it('is idempotent: a second run on the same database changes no count', async () => {
    const strapi = await startTestStrapi((process.env.TEST_DB ?? 'sqlite') as TestDatabase);
    try {
      const first = await counts(strapi.url, strapi.token);
      expect(first.articles).toBeGreaterThanOrEqual(12);
      expect(first.organisations).toBeGreaterThanOrEqual(8);
      expect(first.videos).toBeGreaterThanOrEqual(2);
      await strapi.restart();
      expect(await counts(strapi.url, strapi.token)).toEqual(first);
    } finally {
      await strapi.destroy();
    }
  });
});
