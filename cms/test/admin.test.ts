import { describe, expect, it } from 'vitest';
import { adminToken, api, strapiInfo } from './helpers.ts';

describe('editors’ admin', () => {
  it('shows Vietnamese labels, list columns and the newest news first', async () => {
    const res = await api('/content-manager/content-types/api::article.article/configuration', {
      token: await adminToken(),
    });
    expect(res.status).toBe(200);
    const { contentType } = res.body.data as {
      contentType: {
        settings: Record<string, string>;
        metadatas: Record<string, { edit: { label: string }; list: { label: string } }>;
        layouts: { list: string[] };
      };
    };
    expect(contentType.metadatas.title?.edit.label).toBe('Tiêu đề');
    expect(contentType.metadatas.date?.list.label).toBe('Ngày đăng');
    expect(contentType.metadatas.featured?.edit.label).toBe('Tâm điểm');
    // The scheduled time is a column of its own ("Hẹn giờ").
    expect(contentType.layouts.list).toEqual([
      'title',
      'date',
      'featured',
      'byline',
      'sourceUnit',
      'publishAt',
    ]);
    expect(contentType.metadatas.publishAt?.list.label).toBe('Hẹn giờ đăng');
    expect([contentType.settings.defaultSortBy, contentType.settings.defaultSortOrder]).toEqual([
      'date',
      'DESC',
    ]);
  });

  it('has the first admin in Vietnamese and only the site’s read-only token', async () => {
    const jwt = await adminToken();
    const me = await api('/admin/users/me', { token: jwt });
    expect((me.body.data as { preferedLanguage: string }).preferedLanguage).toBe('vi');
    const tokens = await api('/admin/api-tokens', { token: jwt });
    const names = (tokens.body.data as Array<{ name: string; type: string }>).filter(
      (t) => !t.name.startsWith('test-writer-'),
    );
    expect(names).toEqual([expect.objectContaining({ name: 'Site build (read-only)', type: 'read-only' })]);
  });

  it('answers /favicon.ico with the site’s mark', async () => {
    const res = await fetch(`${strapiInfo().url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it("hands the publisher's status to signed-in admins only, and says when there is none", async () => {
    expect((await api('/publisher/status')).status).toBe(401);
    const res = await api('/publisher/status', { token: await adminToken() });
    expect(res.status).toBe(200);
    // This Strapi has no publisher to ask: the answer says so in Vietnamese.
    expect(res.body).toMatchObject({ reachable: false, sitePaths: { 'api::article.article': '/tin-tuc/' } });
    expect(String((res.body as { error?: string }).error)).toMatch(/bộ xuất bản/);
  });
});
