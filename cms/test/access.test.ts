import { describe, expect, it } from 'vitest';
import { api, CONTENT_PATHS, fullAccessToken, strapiInfo } from './helpers.ts';

describe.each(CONTENT_PATHS)('access to /api/%s', (path) => {
  it('refuses every verb to the Public role, status=draft included', async () => {
    const one = await api(`/api/${path}?pagination[pageSize]=1`, { token: strapiInfo().token });
    const documentId = (one.body.data as Array<{ documentId: string }>)[0]!.documentId;
    const calls: Array<[string, string, unknown?]> = [
      ['GET', `/api/${path}`],
      ['GET', `/api/${path}?status=draft`],
      ['GET', `/api/${path}/${documentId}`],
      ['GET', `/api/${path}/${documentId}?status=draft`],
      ['POST', `/api/${path}`, { data: { title: 'Tin thử nghiệm của khách' } }],
      ['PUT', `/api/${path}/${documentId}`, { data: { title: 'Sửa trái phép' } }],
      ['DELETE', `/api/${path}/${documentId}`],
    ];
    for (const [method, url, body] of calls) {
      const res = await api(url, { method, body });
      expect([401, 403], `${method} ${url}`).toContain(res.status);
    }
  });

  it('lets the read-only token read published entries and nothing else', async () => {
    const { token } = strapiInfo();
    const list = await api(`/api/${path}`, { token });
    expect(list.status).toBe(200);
    const entries = list.body.data as Array<{ documentId: string; publishedAt: string | null }>;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.publishedAt)).toBe(true);

    const documentId = entries[0]!.documentId;
    expect((await api(`/api/${path}/${documentId}`, { token })).status).toBe(200);
    for (const [method, url] of [
      ['POST', `/api/${path}`],
      ['PUT', `/api/${path}/${documentId}`],
      ['DELETE', `/api/${path}/${documentId}`],
    ] as const) {
      const res = await api(url, {
        method,
        token,
        body: method === 'DELETE' ? undefined : { data: { title: 'Không được phép' } },
      });
      expect([401, 403], `${method} ${url}`).toContain(res.status);
    }
    expect((await api(`/api/${path}/${documentId}`, { token })).status).toBe(200);
  });
});

describe('drafts', () => {
  it('never reach the REST API, whatever the token and the status parameter', async () => {
    const writer = await fullAccessToken();
    const created = await api('/api/articles?status=draft', {
      method: 'POST',
      token: writer,
      body: {
        data: {
          title: 'Bản nháp bí mật chưa được duyệt đăng',
          date: '2024-05-01T08:00:00+07:00',
          lead: 'Một bản nháp dùng trong kiểm thử: không được lộ ra ngoài.',
          body: 'Nội dung bản nháp, chưa được biên tập viên duyệt.',
          featured: false,
        },
      },
    });
    expect(created.status).toBe(201);
    const { documentId, slug } = created.body.data as { documentId: string; slug: string };
    expect(slug).toBe('ban-nhap-bi-mat-chua-duoc-duyet-dang');

    for (const token of [strapiInfo().token, writer]) {
      for (const query of ['status=draft', 'status=published', 'status=bogus', '']) {
        const list = await api(`/api/articles?filters[slug][$eq]=${slug}&${query}`, { token });
        expect(list.status === 400 || (list.body.data as unknown[]).length === 0, `list ${query}`).toBe(true);
        const one = await api(`/api/articles/${documentId}?${query}`, { token });
        expect([400, 404], `one ${query}`).toContain(one.status);
      }
    }
  });
});
