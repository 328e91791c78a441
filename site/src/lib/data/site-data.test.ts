import { describe, expect, it, vi } from 'vitest';
import type { Article, EmulationPledge, Organisation, Project, RelationRef, Video } from 'shared-types';
import {
  descendants,
  newsOfOrganisationTree,
  pledgesOfOrganisation,
  predecessorsOf,
  projectsLedBy,
  siteOf,
  videosOfProject,
} from './queries';
import { sidebarContent } from './sidebar';
import { insertInOrder, join, siteData, type Loaded, type SiteData } from './site-data';
import { mayRelate, relatedArticles, relatedMayChange } from './related';
import { NO_LISTS, withEntry, withoutEntry } from './edits';

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

const ids = (entries: ReadonlyArray<{ documentId: string }>) => entries.map((e) => e.documentId);

/** Lists as loaded: those given, the others empty. */
const loadedWith = (lists: Partial<Loaded>): Loaded => ({
  ...NO_LISTS,
  tags: [],
  settings: null,
  menu: null,
  storeOrder: new Map(),
  ...lists,
});

describe('withEntry (the site as it would be with a previewed draft published)', () => {
  it('adds a new entry in date order, joined to its organisations and related news', async () => {
    let data = await siteData();
    data = await withEntry(data, 'organisation', organisation('quang-tri'));
    data = await withEntry(data, 'article', article('old', '2024-01-01T00:00:00.000Z', ['quang-tri']));
    data = await withEntry(data, 'article', article('new', '2025-06-01T00:00:00.000Z', ['quang-tri']));
    expect(ids(data.articles)).toEqual(['new', 'old']);
    expect(ids(data.articlesOf.get('quang-tri') ?? [])).toEqual(['new', 'old']);
    // Related news is earlier news: the new article lists the old one, not the other way round.
    expect(ids(relatedArticles(data, data.articleById.get('new')!))).toEqual(['old']);
    expect(relatedArticles(data, data.articleById.get('old')!)).toEqual([]);
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

  it('gives what sorting and joining every list again gives, over 300 random edits, additions and removals', async () => {
    // A seeded generator (mulberry32): the same edits each run, so a failure can be replayed.
    let seed = 14;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const units = ['u1', 'u2', 'u3', 'u4', 'u5'];
    const day = () => `2025-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 3)}T00:00:00.000Z`;
    const someUnits = () => units.filter(() => random() < 0.3);
    const loaded = loadedWith({});
    let data = join(loaded, []);
    // As a build's sync stores them: a new entry last, one taken out leaves its place.
    let storeEnd = 0;
    const store = (list: Array<{ documentId: string }>, entry: { documentId: string }) => {
      const at = list.findIndex((e) => e.documentId === entry.documentId);
      if (at >= 0) list[at] = entry;
      else {
        list.push(entry);
        loaded.storeOrder.set(entry.documentId, storeEnd++);
      }
    };
    for (let step = 0; step < 300; step++) {
      const kind = random();
      if (kind < 0.1 && loaded.articles.length > 0) {
        const gone = pick(loaded.articles).documentId;
        loaded.articles.splice(
          loaded.articles.findIndex((a) => a.documentId === gone),
          1,
        );
        loaded.storeOrder.delete(gone);
        data = withoutEntry(data, 'article', gone);
      } else if (kind < 0.7) {
        const id =
          random() < 0.5 && loaded.articles.length > 0 ? pick(loaded.articles).documentId : `a${step}`;
        const next = {
          ...article(id, day(), someUnits(), `${id} at ${step}`),
          projects: [] as RelationRef[],
        };
        if (random() < 0.2) next.organisations.push(next.organisations[0] ?? ref('u1'));
        if (random() < 0.3) next.projects = [ref(pick(['p1', 'p2']))];
        store(loaded.articles, next);
        data = await withEntry(data, 'article', next);
      } else if (kind < 0.85) {
        const next: Organisation = { ...organisation(pick(units)), name: pick(['Á', 'Ă', 'B', 'An']) };
        if (random() < 0.5) next.parent = ref(pick(units));
        store(loaded.organisations, next);
        data = await withEntry(data, 'organisation', next);
      } else if (kind < 0.95) {
        const next = video(pick(['v1', 'v2', 'v3']), someUnits().length > 1 ? ['p1'] : ['p2']);
        next.date = day();
        store(loaded.videos, next);
        data = await withEntry(data, 'video', next);
      } else {
        const next = project(pick(['p1', 'p2', 'p3']), pick(units));
        next.code = pick(['2', '10', '1']);
        store(loaded.projects, next);
        data = await withEntry(data, 'project', next);
      }
      expect(shape(data), `after step ${step}`).toEqual(shape(join(loaded, [])));
    }
    expect(data.articles.length).toBeGreaterThan(50);
  });

  it('puts a topic in the topics, and takes one out', async () => {
    const topic = { documentId: 't', name: 'Bình đẳng', slug: 'binh-dang' };
    const data = await withEntry(await siteData(), 'tag', topic);
    expect(data.tags.get('t')?.name).toBe('Bình đẳng');
    expect(withoutEntry(data, 'tag', 't').tags.has('t')).toBe(false);
  });
});

/** SiteData as documentIds: lists in order, indexes as sorted keys. */
function shape(data: SiteData) {
  const listIds = (list: Array<{ documentId: string }>) => list.map((e) => e.documentId);
  const index = <T>(map: Map<string, T>, value: (v: T) => unknown) =>
    Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, value(v)]));
  return {
    lists: [data.articles, data.organisations, data.projects, data.pledges, data.videos].map(listIds),
    entries: [data.articles, data.organisations, data.projects, data.videos],
    articleById: index(data.articleById, (a) => a),
    articlesOf: index(data.articlesOf, listIds),
    childrenOf: index(data.childrenOf, listIds),
    byId: [
      index(data.organisationById, (e) => e),
      index(data.projectById, (e) => e),
      index(data.pledgeById, (e) => e),
      index(data.videoById, (e) => e),
    ],
  };
}

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

  it('walks a tree that loops back on itself once, unit by unit', () => {
    const units = [
      { ...organisation('a'), parent: ref('b') },
      { ...organisation('b'), parent: ref('a') },
      { ...organisation('self'), parent: ref('self') },
    ];
    const data = join(loadedWith({ organisations: units }), []);
    expect(ids(descendants(data, data.organisationById.get('a')!))).toEqual(['a', 'b']);
    expect(ids(descendants(data, data.organisationById.get('self')!))).toEqual(['self']);
  });

  it("lists the news of a unit's tree newest first, once each, whether the tree has little or most", () => {
    const units = [
      organisation('root'),
      { ...organisation('child'), parent: ref('root') },
      { ...organisation('grandchild'), parent: ref('child') },
      organisation('other'),
    ];
    const day = (i: number) => `2025-01-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:00:00.000Z`;
    const articles = [
      ...Array.from({ length: 40 }, (_, i) => article(`other-${i}`, day(i), ['other'])),
      article('in-two-units', day(3), ['child', 'grandchild']),
      article('root-and-other', day(5), ['root', 'other']),
      article('grandchild', day(7), ['grandchild']),
    ];
    const data = join(loadedWith({ articles, organisations: units }), []);
    // What every article says, read one by one.
    const oracle = (root: string) => {
      const tree = new Set(descendants(data, data.organisationById.get(root)!).map((o) => o.documentId));
      return ids(data.articles.filter((a) => a.organisations.some((o) => tree.has(o.documentId))));
    };
    // root's tree has 3 of 43 articles; other's has most of them.
    for (const root of ['root', 'child', 'other', 'grandchild'])
      expect(ids(newsOfOrganisationTree(data, data.organisationById.get(root)!)), root).toEqual(oracle(root));
    expect(ids(newsOfOrganisationTree(data, data.organisationById.get('root')!))).toHaveLength(3);
    // The first `limit` of them, either way.
    for (const root of ['root', 'other'])
      for (const limit of [1, 2, 30])
        expect(
          ids(newsOfOrganisationTree(data, data.organisationById.get(root)!, limit)),
          `${root} ${limit}`,
        ).toEqual(oracle(root).slice(0, limit));
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

describe('insertInOrder', () => {
  it('puts an item where a stable sort would, at either end and among equals', () => {
    const order = (a: number, b: number) => Math.floor(a) - Math.floor(b);
    expect(insertInOrder([1, 2, 3], 0, order)).toEqual([0, 1, 2, 3]);
    expect(insertInOrder([1, 2, 3], 4, order)).toEqual([1, 2, 3, 4]);
    expect(insertInOrder([1, 2.1, 2.2, 3], 2.3, order)).toEqual([1, 2.1, 2.2, 2.3, 3]);
    expect(insertInOrder([], 5, order)).toEqual([5]);
  });
});

describe('sidebarContent', () => {
  it('is picked once per version of the data, and a new version has its own', async () => {
    const data = await withEntry(await siteData(), 'article', article('a', STAMP, []));
    expect(sidebarContent(data)).toBe(sidebarContent(data));
    expect(sidebarContent(data).featured).toEqual([]);
    const b: Article = { ...article('b', STAMP, []), featured: true };
    const featured = await withEntry(data, 'article', b);
    expect(ids(sidebarContent(featured).featured)).toEqual(['b']);
    expect(sidebarContent(data).featured).toEqual([]);
  });
});

describe('relatedMayChange (the article pages a fast render gives new related news)', () => {
  it('holds every page whose related news changes over 200 random edits, and needs the data from before', async () => {
    let seed = 10;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const units = ['u1', 'u2', 'u3', 'u4'];
    const day = () => `2025-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 3)}T00:00:00.000Z`;
    const version = (id: string) => ({
      ...article(
        id,
        day(),
        units.filter(() => random() < 0.35),
      ),
      projects: random() < 0.5 ? [ref(pick(['p1', 'p2']))] : [],
    });
    let data = await siteData();
    for (const unit of units) data = await withEntry(data, 'organisation', organisation(unit));
    for (let n = 0; n < 60; n++) data = await withEntry(data, 'article', version(`a${n}`));
    let needed = 0;
    let missedWithoutBefore = 0;
    let marked = 0;
    for (let step = 0; step < 200; step++) {
      const id = pick(data.articles).documentId;
      const before = data;
      const after = await withEntry(before, 'article', version(id));
      const pages = relatedMayChange(after, before, [id]);
      const afterOnly = relatedMayChange(after, null, [id]);
      marked += pages.size;
      for (const page of after.articles) {
        if (page.documentId === id) continue;
        const was = ids(relatedArticles(before, before.articleById.get(page.documentId)!));
        const is = ids(relatedArticles(after, page));
        if (was.join() === is.join() && !is.includes(id)) continue;
        needed++;
        expect(pages.has(page.documentId), `${page.documentId} after ${id} changed at step ${step}`).toBe(
          true,
        );
        if (!afterOnly.has(page.documentId)) missedWithoutBefore++;
      }
      data = after;
    }
    expect(needed).toBeGreaterThan(50);
    // An article taken out of a unit leaves pages that listed it: only the data from before knows them.
    expect(missedWithoutBefore).toBeGreaterThan(0);
    // Far fewer than every page each time.
    expect(marked).toBeLessThan(200 * 60 * 0.3);
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
