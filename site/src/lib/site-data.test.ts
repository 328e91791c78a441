import { describe, expect, it, vi } from 'vitest';
import type { Article, EmulationPledge, Organisation, Project, RelationRef, Video } from 'shared-types';
import {
  mayRelate,
  pledgesOfOrganisation,
  predecessorsOf,
  projectsLedBy,
  relatedArticles,
  shownOnOrganisation,
  siteData,
  siteOf,
  videosOfProject,
  withEntry,
} from './site-data';

// site-data.ts loads collections through Astro's virtual module; these tests pass their own data.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

const STAMP = '2025-01-01T00:00:00.000Z';
let nextId = 1;

const ref = (documentId: string): RelationRef => ({ id: nextId++, documentId, slug: documentId });

const entry = (documentId: string) => ({
  id: nextId++,
  documentId,
  createdAt: STAMP,
  updatedAt: STAMP,
  publishedAt: STAMP,
  publishAt: null,
  unpublishAt: null,
  slug: documentId,
  seo: null,
});

const organisation = (documentId: string, mergedInto: string | null = null): Organisation => ({
  ...entry(documentId),
  name: documentId,
  shortName: null,
  kind: 'women_union',
  level: 'province',
  parent: null,
  province: null,
  logo: null,
  website: null,
  contact: null,
  description: null,
  dissolvedOn: mergedInto ? '2025-07-01' : null,
  mergedInto: mergedInto ? ref(mergedInto) : null,
});

const pledge = (documentId: string, host: string | null, signatories: string[] = []): EmulationPledge => ({
  ...entry(documentId),
  title: documentId,
  kind: 'emulation_pledge',
  startYear: 2024,
  endYear: null,
  theme: null,
  signedOn: null,
  summary: null,
  body: null,
  host: host ? ref(host) : null,
  signatories: signatories.map(ref),
  targets: [],
  document: null,
});

const project = (documentId: string, lead: string | null = null): Project => ({
  ...entry(documentId),
  code: documentId,
  title: null,
  legalBasis: null,
  issuer: null,
  issuedOn: null,
  startYear: null,
  endYear: null,
  summary: null,
  body: null,
  leadOrganisation: lead ? ref(lead) : null,
  cover: null,
});

const video = (documentId: string, projects: string[]): Video => ({
  ...entry(documentId),
  title: documentId,
  date: STAMP,
  description: null,
  file: null,
  externalUrl: null,
  thumbnail: null,
  duration: null,
  organisations: [],
  projects: projects.map(ref),
});

const article = (documentId: string, date: string, organisations: string[], title = documentId): Article => ({
  ...entry(documentId),
  title,
  date,
  lead: `${title} lead`,
  body: `${title} body`,
  cover: null,
  coverCaption: null,
  byline: null,
  sourceUnit: null,
  sourceUrl: null,
  featured: false,
  tags: [],
  organisations: organisations.map(ref),
  projects: [],
  pledges: [],
  videos: [],
});

const ids = (entries: Array<{ documentId: string }>) => entries.map((e) => e.documentId);

describe('organisation page filters', () => {
  const hanoi = organisation('hanoi');
  const organisations = [
    organisation('bac-ninh', 'hanoi'),
    organisation('bac-giang', 'bac-ninh'),
    hanoi,
    organisation('ha-tay', 'hanoi'),
  ];

  it('lists the organisations merged straight into one, in data order', () => {
    expect(ids(predecessorsOf({ organisations }, hanoi))).toEqual(['bac-ninh', 'ha-tay']);
    expect(predecessorsOf({ organisations }, organisation('hue'))).toEqual([]);
  });

  it('lists the pledges an organisation hosts or signed, once each, in data order', () => {
    const pledges = [
      pledge('hosted', 'hanoi'),
      pledge('other', 'hue', ['bac-ninh']),
      pledge('signed', 'hue', ['bac-ninh', 'hanoi']),
      pledge('both', 'hanoi', ['hanoi']),
      pledge('no-host', null, ['hue']),
    ];
    expect(ids(pledgesOfOrganisation({ pledges }, hanoi))).toEqual(['hosted', 'signed', 'both']);
    expect(ids(pledgesOfOrganisation({ pledges }, organisation('hue')))).toEqual([
      'other',
      'signed',
      'no-host',
    ]);
  });

  it('lists the projects an organisation leads', () => {
    const projects = [
      project('939', 'hanoi'),
      project('8', 'hue'),
      project('1', null),
      project('2', 'hanoi'),
    ];
    expect(ids(projectsLedBy({ projects }, hanoi))).toEqual(['939', '2']);
    expect(projectsLedBy({ projects }, organisation('ha-tay'))).toEqual([]);
  });
});

describe('project page filters', () => {
  it('lists the videos about a project, in data order', () => {
    const videos = [video('a', ['939']), video('b', ['8']), video('c', ['8', '939']), video('d', [])];
    expect(ids(videosOfProject({ videos }, project('939')))).toEqual(['a', 'c']);
    expect(videosOfProject({ videos }, project('1'))).toEqual([]);
  });
});

describe('siteOf', () => {
  it('returns the configured site, or says what to set', () => {
    const site = new URL('https://example.org/');
    expect(siteOf({ site })).toBe(site);
    expect(() => siteOf({ site: undefined })).toThrow('astro.config.ts must set site (SITE_URL)');
    expect(() => siteOf({})).toThrow('astro.config.ts must set site (SITE_URL)');
  });
});

describe('withEntry (the site as it would be with a previewed draft published)', () => {
  it('adds a new entry in date order, joined to its organisations and related news', async () => {
    let data = await siteData();
    data = await withEntry(data, 'organisation', organisation('quang-tri'));
    data = await withEntry(data, 'article', article('old', '2024-01-01T00:00:00.000Z', ['quang-tri']));
    data = await withEntry(data, 'article', article('new', '2025-06-01T00:00:00.000Z', ['quang-tri']));
    expect(ids(data.articles)).toEqual(['new', 'old']);
    expect(ids(data.articlesOf.get('quang-tri') ?? [])).toEqual(['new', 'old']);
    expect(ids(relatedArticles(data, data.articleById.get('old')!))).toEqual(['new']);
  });

  it("replaces the published version with the draft's, and leaves the data it started from as it was", async () => {
    const published = await withEntry(
      await siteData(),
      'article',
      article('a', '2024-01-01T00:00:00.000Z', [], 'Published title'),
    );
    const preview = await withEntry(
      published,
      'article',
      article('a', '2026-01-01T00:00:00.000Z', [], 'Draft title'),
    );
    expect(preview.articles.map((a) => a.title)).toEqual(['Draft title']);
    expect(preview.articleById.get('a')?.title).toBe('Draft title');
    expect(published.articles.map((a) => a.title)).toEqual(['Published title']);
  });

  it('keeps entries of one date in store order: an edited one in its place, a new one last', async () => {
    const sameDay = '2026-11-20T01:00:00.000Z';
    let data = await siteData();
    for (const id of ['a', 'b', 'c']) data = await withEntry(data, 'article', article(id, sameDay, []));
    expect(ids(data.articles)).toEqual(['a', 'b', 'c']);
    data = await withEntry(data, 'article', article('a', sameDay, [], 'a, edited'));
    expect(ids(data.articles)).toEqual(['a', 'b', 'c']);
    data = await withEntry(data, 'article', article('d', sameDay, []));
    expect(ids(data.articles)).toEqual(['a', 'b', 'c', 'd']);
  });

  it("says an organisation's page shows the news of its whole tree, and no one else's", async () => {
    let data = await siteData();
    data = await withEntry(data, 'organisation', organisation('quang-tri'));
    const huongHoa: Organisation = { ...organisation('huong-hoa'), parent: ref('quang-tri') };
    data = await withEntry(data, 'organisation', huongHoa);
    data = await withEntry(data, 'organisation', organisation('ninh-binh'));
    data = await withEntry(data, 'article', article('a', '2024-01-01T00:00:00.000Z', ['huong-hoa']));
    data = await withEntry(data, 'article', article('b', '2024-01-02T00:00:00.000Z', ['ninh-binh']));
    const shown = shownOnOrganisation(data, data.organisationById.get('quang-tri')!);
    expect(shown).toContain('a');
    expect(shown).not.toContain('b');
  });

  it('refuses a type without a page of its own', async () => {
    await expect(withEntry(await siteData(), 'tag', { documentId: 't' })).rejects.toThrow(/tag/);
  });
});

describe('mayRelate (which article pages a changed article can be related news on)', () => {
  it('is true wherever relatedArticles lists the changed article, and rules out most of the rest', async () => {
    let data = await siteData();
    const units = ['u1', 'u2', 'u3', 'u4'];
    for (const unit of units) data = await withEntry(data, 'organisation', organisation(unit));
    // 40 articles over four units, one or two each, a day apart (some on the same day).
    for (let n = 0; n < 40; n++) {
      const day = String(1 + Math.floor(n / 1.5)).padStart(2, '0');
      const of = n % 3 === 0 ? [units[n % 4]!, units[(n + 1) % 4]!] : [units[n % 4]!];
      data = await withEntry(data, 'article', article(`a${n}`, `2025-01-${day}T00:00:00.000Z`, of));
    }
    let ruledOut = 0;
    for (const page of data.articles) {
      const related = new Set(ids(relatedArticles(data, page)));
      for (const changed of data.articles) {
        const may = mayRelate(data, page, [changed.documentId]);
        if (related.has(changed.documentId))
          expect(may, `${changed.documentId} on ${page.documentId}`).toBe(true);
        if (!may) ruledOut++;
      }
    }
    // Of 1,600 pairs, 120 at most are related news; the shortcut must leave out most of the others.
    expect(ruledOut).toBeGreaterThan(1000);
  });
});
