// Publishing and taking down at a set time, against the project's real Strapi (its scheduler
// looks every TEST_SCHEDULER_INTERVAL_SECONDS).
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SCHEDULER_INTERVAL_SECONDS } from 'test-harness/test-strapi';
import { api, fullAccessToken, strapiInfo } from './helpers.ts';

/** Three looks at the schedule. */
const THREE_LOOKS_MS = 3 * TEST_SCHEDULER_INTERVAL_SECONDS * 1000;

const article = {
  date: '2026-11-28T06:00:00+07:00',
  lead: 'Tin hẹn giờ của kiểm thử tự động, không phải tin thật của cổng thông tin.',
  body: 'Nội dung tin hẹn giờ.',
  featured: false,
};

/** Waits (at most 40 s: a loaded machine) until `probe` holds. */
async function eventually(what: string, probe: () => Promise<boolean>) {
  const deadline = Date.now() + 40_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Whether the read-only token (the site's) sees the entry as published. */
async function isPublic(slug: string): Promise<boolean> {
  const res = await api(`/api/articles?filters[slug][$eq]=${slug}`, { token: strapiInfo().token });
  return (res.body.data as unknown[]).length === 1;
}

describe('scheduled publishing', () => {
  let writer: string;
  beforeAll(async () => {
    writer = await fullAccessToken();
  });

  it('publishes a draft at its publishAt and clears the time', async () => {
    const publishAt = new Date(Date.now() + 2000).toISOString();
    const created = await api('/api/articles?status=draft', {
      method: 'POST',
      token: writer,
      body: { data: { ...article, title: 'Tin hẹn giờ đăng sau hai giây', publishAt } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { slug } = created.body.data as { slug: string };
    expect(await isPublic(slug)).toBe(false);
    await eventually('the draft is published', () => isPublic(slug));
    const published = await api(
      `/api/articles?filters[slug][$eq]=${slug}&fields[0]=publishAt&fields[1]=publishedAt`,
      {
        token: strapiInfo().token,
      },
    );
    const [entry] = published.body.data as Array<{ publishAt: string | null; publishedAt: string }>;
    expect(entry!.publishAt).toBeNull();
    expect(new Date(entry!.publishedAt).getTime()).toBeGreaterThanOrEqual(new Date(publishAt).getTime());
  });

  it('takes a published entry down at its unpublishAt', async () => {
    const created = await api('/api/articles', {
      method: 'POST',
      token: writer,
      body: {
        data: {
          ...article,
          title: 'Tin hẹn giờ gỡ sau hai giây',
          unpublishAt: new Date(Date.now() + 2000).toISOString(),
        },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { slug } = created.body.data as { slug: string };
    expect(await isPublic(slug)).toBe(true);
    await eventually('the entry is taken down', async () => !(await isPublic(slug)));
  });

  it('leaves a draft whose time has not come', async () => {
    const created = await api('/api/articles?status=draft', {
      method: 'POST',
      token: writer,
      body: {
        data: { ...article, title: 'Tin hẹn giờ đăng năm sau', publishAt: '2027-11-28T06:00:00+07:00' },
      },
    });
    expect(created.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, THREE_LOOKS_MS));
    expect(await isPublic((created.body.data as { slug: string }).slug)).toBe(false);
  });
});
