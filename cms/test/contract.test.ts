import { beforeAll, describe, expect, it } from 'vitest';
import { StrapiAuthError, StrapiClient, StrapiUnreachableError, type Article } from 'shared-types';
import { api, strapiInfo } from './helpers.ts';
import seedFacts from '../src/seed/seed-facts.json' with { type: 'json' };

const SEED_SLUG = seedFacts.articleSlug;

describe('REST contract through the API client', () => {
  let client: StrapiClient;
  beforeAll(() => {
    client = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
  });

  it('lists every published article over several pages', async () => {
    const small = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token, pageSize: 5 });
    const articles = await small.findAll('article');
    expect(articles.length).toBeGreaterThanOrEqual(12);
    expect(new Set(articles.map((a) => a.documentId)).size).toBe(articles.length);
    expect(small.stats.requests).toBe(Math.ceil(articles.length / 5));
    expect(articles.filter((a) => a.featured).length).toBeGreaterThanOrEqual(2);
  });

  it('gets the seed article by slug with its real date, byline, source, Markdown body and relations', async () => {
    const article = (await client.findBySlug('article', SEED_SLUG)) as Article;
    expect(article.title).toBe(
      'Hội LHPN tỉnh Quảng Trị, Hà Nam tổng kết công tác Hội năm 2019, ký kết giao ước thi đua năm 2020',
    );
    expect(article.date.slice(0, 10)).toMatch(/^2019-12-2[56]$/);
    expect(
      new Date(article.date).toLocaleDateString('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }),
    ).toBe('26/12/2019');
    expect(article.byline).toBe('Bình An');
    expect(article.sourceUnit).toBe('VP Hà Nam');
    expect(article.lead.startsWith('Hội LHPN tỉnh Quảng Trị, Hà Nam vừa tổ chức Hội nghị tổng kết')).toBe(
      true,
    );
    expect(article.body).toContain('## Hội LHPN tỉnh Hà Nam');
    expect(article.body).toContain('900 hộ phụ nữ nghèo');
    expect(article.body).not.toContain('TÂM ĐIỂM');
    expect(article.cover?.url).toMatch(/^\/uploads\/.+\.jpg$/);
    expect(article.cover?.width).toBe(1600);
    expect(article.organisations.map((o) => o.slug)).toEqual(
      expect.arrayContaining(['hoi-lhpn-tinh-quang-tri', 'hoi-lhpn-tinh-ha-nam']),
    );
    expect(article.projects.map((p) => p.slug)).toEqual(expect.arrayContaining(['de-an-939', 'de-an-279']));
    expect(article.pledges.map((p) => p.slug)).toContain('giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri');
    expect(article.title).toBe(article.title.normalize('NFC'));
  });

  it('returns the organisation tree and the 2025 mergers', async () => {
    const organisations = await client.findAll('organisation');
    const bySlug = new Map(organisations.map((o) => [o.slug, o]));
    const quangTri = bySlug.get('hoi-lhpn-tinh-quang-tri')!;
    expect(quangTri.name).toBe('Hội LHPN tỉnh Quảng Trị');
    expect(bySlug.get('hoi-lhpn-huyen-dakrong')?.parent?.documentId).toBe(quangTri.documentId);
    expect(bySlug.get('hoi-lhpn-huyen-huong-hoa')?.level).toBe('district');
    const haNam = bySlug.get('hoi-lhpn-tinh-ha-nam')!;
    expect(haNam.dissolvedOn).toBe('2025-07-01');
    expect(haNam.mergedInto?.slug).toBe('hoi-lhpn-tinh-ninh-binh');
    expect(bySlug.get('toa-an-nhan-dan-tinh-quang-tri')?.kind).toBe('court');
  });

  it('returns the Quảng Trị 2020 pledge with its targets and signatories', async () => {
    const pledge = (await client.findBySlug(
      'emulationPledge',
      'giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri',
    ))!;
    expect(pledge.theme).toBe('Hành động quyết liệt, về đích toàn diện, tạo đà bứt phá');
    expect(pledge.startYear).toBe(2020);
    expect(pledge.host?.slug).toBe('hoi-lhpn-tinh-quang-tri');
    expect(pledge.signatories.length).toBeGreaterThanOrEqual(2);
    expect(pledge.targets.map((t) => [t.quantity, t.unit])).toEqual(
      expect.arrayContaining([
        [900, 'hộ'],
        [600, 'hộ'],
      ]),
    );
    const poverty = pledge.targets.find((t) => t.quantityMax !== null)!;
    expect([poverty.quantity, poverty.quantityMax]).toEqual([1.5, 2]);
    const programme = (await client.findBySlug(
      'emulationPledge',
      'chuong-trinh-phoi-hop-bao-ve-phu-nu-tre-em-gai-2020-2022',
    ))!;
    expect([programme.kind, programme.startYear, programme.endYear]).toEqual([
      'cooperation_programme',
      2020,
      2022,
    ]);
  });

  it('returns projects with checked facts, and 279 without an invented title', async () => {
    const projects = await client.findAll('project');
    const byCode = new Map(projects.map((p) => [p.code, p]));
    expect(byCode.get('938')?.legalBasis).toBe('Quyết định 938/QĐ-TTg');
    expect(byCode.get('939')?.title).toContain('Hỗ trợ phụ nữ khởi nghiệp');
    expect(byCode.get('404')?.issuedOn).toBe('2014-03-20');
    expect(byCode.get('279')?.title).toBeNull();
    expect(byCode.get('279')?.legalBasis).toBeNull();
  });

  it('returns videos with a source and related organisations', async () => {
    const videos = await client.findAll('video');
    expect(videos.length).toBeGreaterThanOrEqual(2);
    for (const video of videos) expect(video.externalUrl ?? video.file?.url).toBeTruthy();
    expect(videos.some((v) => v.organisations.length > 0)).toBe(true);
  });

  it('fetches only what changed since a date', async () => {
    const all = await client.findAll('article');
    const newest = all
      .map((a) => a.updatedAt)
      .sort()
      .at(-1)!;
    expect(await client.findAll('article', { updatedAfter: newest })).toEqual([]);
    const versions = await client.listVersions('article');
    expect(versions.map((v) => v.documentId).sort()).toEqual(all.map((a) => a.documentId).sort());
  });

  it('populates no more than the generated query asks for', async () => {
    const raw = await api(`/api/articles?filters[slug][$eq]=${SEED_SLUG}&populate=*`, {
      token: strapiInfo().token,
    });
    expect(raw.status).toBe(200);
    const article = (await client.findBySlug('article', SEED_SLUG))!;
    expect(Object.keys(article.organisations[0]!).sort()).toEqual(['documentId', 'id', 'slug']);
  });

  it('fails clearly on a wrong token and on an unreachable Strapi', async () => {
    const wrong = new StrapiClient({ baseUrl: strapiInfo().url, token: 'not-a-token' });
    await expect(wrong.findAll('article')).rejects.toBeInstanceOf(StrapiAuthError);
    await expect(wrong.findAll('article')).rejects.toThrow(/refused the API token \(401\)/);

    const down = new StrapiClient({ baseUrl: 'http://127.0.0.1:9', token: 'x', retries: 1 });
    await expect(down.findAll('article')).rejects.toBeInstanceOf(StrapiUnreachableError);
    await expect(down.findAll('article')).rejects.toThrow(
      /unreachable at http:\/\/127\.0\.0\.1:9 after 2 attempts/,
    );
    expect(down.stats.retries).toBe(2);
  });
});
