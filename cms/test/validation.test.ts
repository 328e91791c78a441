import { beforeAll, describe, expect, it } from 'vitest';
import { adminCount, api, fullAccessToken } from './helpers.ts';

const article = {
  title: 'Hội LHPN huyện Đakrông ra mắt mô hình tiết kiệm mới',
  date: '2024-06-01T08:00:00+07:00',
  lead: 'Một tin thử nghiệm hợp lệ dùng làm mẫu cho các trường hợp sai.',
  body: 'Nội dung Markdown hợp lệ của tin thử nghiệm.',
  featured: false,
};
const organisation = { name: 'Hội LHPN xã Thử Nghiệm', kind: 'women_union', level: 'commune' };
const pledge = { title: 'Giao ước thi đua thử nghiệm', kind: 'emulation_pledge', startYear: 2021 };
const project = { code: '9999', title: 'Đề án thử nghiệm' };
const video = {
  title: 'Video thử nghiệm hợp lệ',
  date: '2024-06-01T08:00:00+07:00',
  externalUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
};

/** [case, REST path, uid, data, field the 400 must name] */
const INVALID: Array<[string, string, string, Record<string, unknown>, string]> = [
  ['article without title', 'articles', 'api::article.article', { ...article, title: undefined }, 'title'],
  [
    'article title over 250 characters',
    'articles',
    'api::article.article',
    { ...article, title: 'Tin '.repeat(80) },
    'title',
  ],
  ['article without date', 'articles', 'api::article.article', { ...article, date: undefined }, 'date'],
  ['article lead too short', 'articles', 'api::article.article', { ...article, lead: 'Ngắn' }, 'lead'],
  [
    'article slug with spaces',
    'articles',
    'api::article.article',
    { ...article, slug: 'có dấu cách' },
    'slug',
  ],
  [
    'organisation without level',
    'organisations',
    'api::organisation.organisation',
    { ...organisation, level: undefined },
    'level',
  ],
  [
    'organisation with an unknown kind',
    'organisations',
    'api::organisation.organisation',
    { ...organisation, kind: 'club' },
    'kind',
  ],
  [
    'organisation website that is no URL',
    'organisations',
    'api::organisation.organisation',
    { ...organisation, website: 'hoilhpn dot vn' },
    'website',
  ],
  [
    'organisation contact email that is no email',
    'organisations',
    'api::organisation.organisation',
    { ...organisation, contact: { email: 'khong-phai-email' } },
    'email',
  ],
  [
    'pledge ending before it starts',
    'emulation-pledges',
    'api::emulation-pledge.emulation-pledge',
    { ...pledge, endYear: 2019 },
    'endYear',
  ],
  [
    'pledge year out of range',
    'emulation-pledges',
    'api::emulation-pledge.emulation-pledge',
    { ...pledge, startYear: 20200 },
    'startYear',
  ],
  [
    'pledge target with a negative quantity',
    'emulation-pledges',
    'api::emulation-pledge.emulation-pledge',
    { ...pledge, targets: [{ label: 'Hộ nghèo', quantity: -5, unit: 'hộ' }] },
    'quantity',
  ],
  [
    'pledge target range upside down',
    'emulation-pledges',
    'api::emulation-pledge.emulation-pledge',
    { ...pledge, targets: [{ label: 'Giảm nghèo', quantity: 2, quantityMax: 1.5, unit: '%' }] },
    'quantityMax',
  ],
  [
    'project with neither title nor code',
    'projects',
    'api::project.project',
    { legalBasis: 'Quyết định 1/QĐ-TTg' },
    'title',
  ],
  [
    'project ending before it starts',
    'projects',
    'api::project.project',
    { ...project, startYear: 2025, endYear: 2017 },
    'endYear',
  ],
  [
    'video without file or URL',
    'videos',
    'api::video.video',
    { ...video, externalUrl: undefined },
    'externalUrl',
  ],
  [
    'video URL that is no URL',
    'videos',
    'api::video.video',
    { ...video, externalUrl: 'javascript:alert(1)' },
    'externalUrl',
  ],
  ['video with a negative duration', 'videos', 'api::video.video', { ...video, duration: -1 }, 'duration'],
  [
    'article taken down before it goes up',
    'articles',
    'api::article.article',
    { ...article, publishAt: '2030-01-02T06:00:00+07:00', unpublishAt: '2030-01-01T06:00:00+07:00' },
    'unpublishAt',
  ],
  [
    'project taken down when it goes up',
    'projects',
    'api::project.project',
    { ...project, publishAt: '2030-01-02T06:00:00+07:00', unpublishAt: '2030-01-02T06:00:00+07:00' },
    'unpublishAt',
  ],
];

describe('validation refuses bad input with a 400 naming the field, and stores nothing', () => {
  let writer: string;
  beforeAll(async () => {
    writer = await fullAccessToken();
  });

  it.each(INVALID)('%s', async (_case, path, uid, data, field) => {
    const before = await adminCount(uid);
    const res = await api(`/api/${path}`, { method: 'POST', token: writer, body: { data } });
    expect(res.status).toBe(400);
    expect(res.body.error?.name).toBe('ValidationError');
    const paths = (res.body.error?.details?.errors ?? []).map((error) => error.path.join('.'));
    expect(
      paths.some((p) => p.split('.').includes(field)),
      `${JSON.stringify(res.body.error)}`,
    ).toBe(true);
    expect(res.body.error?.message).toBeTruthy();
    expect(await adminCount(uid)).toBe(before);
  });

  it('refuses a duplicate slug', async () => {
    const first = await api('/api/articles', {
      method: 'POST',
      token: writer,
      body: { data: { ...article, title: 'Tin trùng đường dẫn lần một', slug: 'tin-trung-duong-dan' } },
    });
    expect(first.status).toBe(201);
    const before = await adminCount('api::article.article');
    const second = await api('/api/articles', {
      method: 'POST',
      token: writer,
      body: { data: { ...article, title: 'Tin trùng đường dẫn lần hai', slug: 'tin-trung-duong-dan' } },
    });
    expect(second.status).toBe(400);
    expect(JSON.stringify(second.body.error)).toContain('slug');
    expect(await adminCount('api::article.article')).toBe(before);
  });

  it('makes slugs from Vietnamese titles and stores text as NFC', async () => {
    const decomposed = 'Hội LHPN huyện Đakrông họp mặt hội viên'.normalize('NFD');
    const res = await api('/api/articles', {
      method: 'POST',
      token: writer,
      body: { data: { ...article, title: decomposed } },
    });
    expect(res.status).toBe(201);
    const created = res.body.data as { slug: string; title: string };
    expect(created.slug).toBe('hoi-lhpn-huyen-dakrong-hop-mat-hoi-vien');
    expect(created.title).toBe('Hội LHPN huyện Đakrông họp mặt hội viên'.normalize('NFC'));

    const org = await api('/api/organisations', {
      method: 'POST',
      token: writer,
      body: { data: { ...organisation, name: 'Hội LHPN xã Đakrông' } },
    });
    expect((org.body.data as { slug: string }).slug).toBe('hoi-lhpn-xa-dakrong');
    const bare = await api('/api/projects', {
      method: 'POST',
      token: writer,
      body: { data: { code: '8888' } },
    });
    expect((bare.body.data as { slug: string }).slug).toBe('de-an-8888');
  });

  it('refuses a unit under itself or under one of its own sub-units, naming parent', async () => {
    const create = async (name: string, parent?: string) => {
      const res = await api('/api/organisations', {
        method: 'POST',
        token: writer,
        body: { data: { ...organisation, name, ...(parent ? { parent: { connect: [parent] } } : {}) } },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return (res.body.data as { documentId: string }).documentId;
    };
    const top = await create('Hội LHPN tỉnh Vòng Lặp');
    const middle = await create('Hội LHPN huyện Vòng Lặp', top);
    const bottom = await create('Hội LHPN xã Vòng Lặp', middle);
    for (const parent of [{ connect: [bottom] }, { set: [top] }, bottom]) {
      const res = await api(`/api/organisations/${top}`, {
        method: 'PUT',
        token: writer,
        body: { data: { parent } },
      });
      expect(res.status, JSON.stringify(parent)).toBe(400);
      expect(res.body.error?.details?.errors?.[0]?.path).toEqual(['parent']);
    }
    const moved = await api(`/api/organisations/${bottom}`, {
      method: 'PUT',
      token: writer,
      body: { data: { parent: { set: [top] } } },
    });
    expect(moved.status).toBe(200);
  });

  it('checks partial updates against the stored entry', async () => {
    const created = await api('/api/emulation-pledges', {
      method: 'POST',
      token: writer,
      body: { data: { ...pledge, title: 'Giao ước cập nhật từng phần', endYear: 2023 } },
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data as { documentId: string };
    const res = await api(`/api/emulation-pledges/${documentId}`, {
      method: 'PUT',
      token: writer,
      body: { data: { startYear: 2024 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.details?.errors?.[0]?.path).toEqual(['endYear']);
  });
});
