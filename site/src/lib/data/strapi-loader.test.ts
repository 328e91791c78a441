import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import qs from 'qs';
import type { DataStore, LoaderContext, MetaStore, ParseDataOptions } from 'astro/loaders';
import {
  CONTENT_TYPES,
  parseBuildWarning,
  StrapiAuthError,
  StrapiHttpError,
  StrapiResponseError,
  type Article,
  type ContentTypeKey,
  type Tag,
} from 'shared-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// The loader reads STRAPI_URL when its modules load, and the body store reads
// DATA_DIR on every call: the environment is set first and the modules imported after it.
const STRAPI = 'http://strapi.test:1337';
let dataDir: string;
let loaderModule: typeof import('./strapi-loader');

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'strapi-loader-test-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('STRAPI_URL', STRAPI);
  vi.stubEnv('STRAPI_TOKEN', 'test-token');
  // Not reset first: the loader must share the error classes this file imports from shared-types.
  loaderModule = await import('./strapi-loader');
  // Never write article bodies into the repository's own .data.
  const config = await import('./strapi-config');
  expect(config.dataDir()).toBe(dataDir);
  expect(config.STRAPI_URL).toBe(STRAPI);
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  rmSync(path.join(dataDir, 'astro-cache'), { recursive: true, force: true });
});

const bodyDir = () => path.join(dataDir, 'astro-cache', 'bodies');
const bodyOf = (id: string) => readFileSync(path.join(bodyDir(), `${id}.md`), 'utf8');

// ---- Fixtures: entries as Strapi's REST API returns them ----

function article(n: number, updatedAt = '2024-03-01T00:00:00.000Z', title = `Tin số ${n}`): Article {
  return {
    id: n,
    documentId: `art${n}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt,
    publishedAt: '2024-01-02T00:00:00.000Z',
    title,
    slug: `tin-so-${n}`,
    date: '2024-01-02T00:00:00.000Z',
    lead: `Tóm tắt ${n}`,
    body: `# ${title}\n\nNội dung bài ${n}.`,
    cover: null,
    coverCaption: null,
    byline: null,
    sourceUnit: null,
    sourceUrl: null,
    featured: false,
    tags: [],
    organisations: [],
    projects: [],
    pledges: [],
    videos: [],
    seo: null,
    publishAt: null,
    unpublishAt: null,
  };
}

function tag(n: number, updatedAt = '2024-03-01T00:00:00.000Z'): Tag {
  return {
    id: n,
    documentId: `tag${n}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt,
    publishedAt: '2024-01-02T00:00:00.000Z',
    name: `Thẻ ${n}`,
    slug: `the-${n}`,
  };
}

type Entry = { id: number; documentId: string; updatedAt: string };

interface Request {
  /** `versions`: the cheap documentId/updatedAt listing; `entries`: full entries. */
  kind: 'versions' | 'entries';
  /** The documentIds a full fetch asked for, or null when it asked for every entry. */
  ids: string[] | null;
  page: number;
}

/**
 * A fake Strapi REST API for one content type, behind the client's `fetch` option: serves the
 * published entries it holds, filtered by `documentId $in`, paged, and records every request.
 * `failNext` makes the next request of a kind answer with the given response.
 */
function fakeStrapi<T extends Entry>(key: ContentTypeKey, initial: T[]) {
  const published = new Map(initial.map((entry) => [entry.documentId, entry]));
  const requests: Request[] = [];
  const failures: Partial<Record<Request['kind'], () => Response>> = {};
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = new URL(String(input));
    // A request elsewhere answers 404: the client fails at once, and so does the test.
    if (`${url.origin}${url.pathname}` !== `${STRAPI}${CONTENT_TYPES[key].path}`) {
      return new Response(`unexpected request: ${url.href}`, { status: 404 });
    }
    const query = qs.parse(url.search.slice(1), { arrayLimit: 1000 }) as {
      fields?: string[];
      filters?: { documentId?: { $in?: string[] | Record<string, string> } };
      pagination: { page: string; pageSize: string };
    };
    const kind = query.fields?.length === 1 && query.fields[0] === 'updatedAt' ? 'versions' : 'entries';
    const $in = query.filters?.documentId?.$in;
    const ids = $in ? Object.values($in) : null;
    const page = Number(query.pagination.page);
    const pageSize = Number(query.pagination.pageSize);
    requests.push({ kind, ids, page });
    const failure = failures[kind];
    if (failure) {
      delete failures[kind];
      return failure();
    }
    const matching = [...published.values()].filter((entry) => !ids || ids.includes(entry.documentId));
    const data = matching
      .slice((page - 1) * pageSize, page * pageSize)
      .map((entry) =>
        kind === 'versions'
          ? { id: entry.id, documentId: entry.documentId, updatedAt: entry.updatedAt }
          : entry,
      );
    const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
    return Response.json({
      data,
      meta: { pagination: { page, pageSize, pageCount, total: matching.length } },
    });
  };
  return {
    fetch,
    requests,
    publish: (entry: T) => published.set(entry.documentId, entry),
    unpublish: (documentId: string) => published.delete(documentId),
    failNext: (kind: Request['kind'], response: () => Response) => {
      failures[kind] = response;
    },
    /** The documentIds the full fetches asked for, in order; null for an unfiltered one. */
    fetchedIds: () => requests.filter((r) => r.kind === 'entries').map((r) => r.ids),
  };
}

// ---- A minimal LoaderContext: Map-backed store and meta, a logger that keeps its messages ----

type Stored = ReturnType<DataStore['entries']>[number][1];

function fakeContext(key: ContentTypeKey) {
  const entries = new Map<string, Stored>();
  const writes: string[] = [];
  const deletes: string[] = [];
  let clears = 0;
  const store: DataStore = {
    get: <TData extends Record<string, unknown>>(id: string) =>
      entries.get(id) as (Stored & { data: TData }) | undefined,
    entries: () => [...entries.entries()],
    set: (entry) => {
      writes.push(entry.id);
      entries.set(entry.id, structuredClone(entry));
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (id) => {
      deletes.push(id);
      entries.delete(id);
    },
    clear: () => {
      clears++;
      entries.clear();
    },
    has: (id) => entries.has(id),
    addModuleImport: () => {},
  };
  const metaValues = new Map<string, string>();
  const meta: MetaStore = {
    get: (name) => metaValues.get(name),
    set: (name, value) => void metaValues.set(name, value),
    has: (name) => metaValues.has(name),
    delete: (name) => void metaValues.delete(name),
  };
  const messages: Array<{ level: string; message: string }> = [];
  const log = (level: string) => (message: string) => void messages.push({ level, message });
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') };
  const schema = CONTENT_TYPES[key].schema;
  const context = {
    collection: key,
    store,
    meta,
    logger: logger as unknown as LoaderContext['logger'],
    config: {} as LoaderContext['config'],
    parseData: async <TData extends Record<string, unknown>>({ data }: ParseDataOptions<TData>) =>
      schema.parse(data) as unknown as TData,
    renderMarkdown: () => Promise.reject(new Error('the Strapi loader renders no Markdown')),
    generateDigest: (data: Record<string, unknown> | string) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex')
        .slice(0, 16),
  } satisfies LoaderContext;
  /** What the store holds, deep-copied: to compare before and after a load. */
  const snapshot = () => structuredClone([...entries.entries()]);
  const reset = () => {
    writes.length = 0;
    deletes.length = 0;
    clears = 0;
    messages.length = 0;
  };
  return {
    context,
    entries,
    metaValues,
    writes,
    deletes,
    messages,
    clears: () => clears,
    snapshot,
    reset,
  };
}

const load = (
  key: ContentTypeKey,
  strapi: { fetch: typeof globalThis.fetch },
  ctx: ReturnType<typeof fakeContext>,
) => loaderModule.strapiLoader(key, { fetch: strapi.fetch }).load(ctx.context);

// ---- Tests ----

describe('strapiLoader: first load', () => {
  it('stores every published article, with its body in a file and not in the store', async () => {
    const articles = [article(1), article(2), article(3)];
    const strapi = fakeStrapi('article', articles);
    const ctx = fakeContext('article');
    await load('article', strapi, ctx);

    expect([...ctx.entries.keys()].sort()).toEqual(['art1', 'art2', 'art3']);
    for (const source of articles) {
      const stored = ctx.entries.get(source.documentId)!;
      expect(stored.data).toEqual({ ...source, body: '' });
      expect(stored.digest).toBe(ctx.context.generateDigest(CONTENT_TYPES.article.schema.parse(source)));
      expect(bodyOf(source.documentId)).toBe(source.body);
    }
    expect(ctx.metaValues.get('source')).toBe(STRAPI);
    expect(ctx.metaValues.get('layout')).toBeTruthy();
    // One listing, then one full fetch of the three changed ids.
    expect(strapi.requests.map((r) => r.kind)).toEqual(['versions', 'entries']);
    expect(strapi.fetchedIds()).toEqual([['art1', 'art2', 'art3']]);
    expect(ctx.messages).toEqual([
      {
        level: 'info',
        message: expect.stringMatching(/^article: 3 published, 3 fetched, 0 removed, 2 requests, /),
      },
    ]);
  });

  it('stores other types whole, with no body files', async () => {
    const tags = [tag(1), tag(2)];
    const strapi = fakeStrapi('tag', tags);
    const ctx = fakeContext('tag');
    await load('tag', strapi, ctx);
    expect(ctx.entries.get('tag1')?.data).toEqual(tags[0]);
    expect(ctx.entries.get('tag2')?.data).toEqual(tags[1]);
    expect(existsSync(bodyDir())).toBe(false);
  });
});

describe('strapiLoader: an entry the site cannot render', () => {
  it('is left out with a warning naming it and the field, and the others are stored', async () => {
    const bad = { ...tag(2), name: '远征手记', slug: '' };
    const strapi = fakeStrapi('tag', [tag(1), bad, tag(3)]);
    const ctx = fakeContext('tag');
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await load('tag', strapi, ctx);
      expect([...ctx.entries.keys()].sort()).toEqual(['tag1', 'tag3']);
      const lines = warnings.mock.calls.map(([line]) => parseBuildWarning(String(line)));
      expect(lines).toEqual([
        {
          type: 'tag',
          entry: '远征手记',
          field: 'slug',
          reason: expect.stringContaining('đường dẫn "" không dùng'),
        },
      ]);
    } finally {
      warnings.mockRestore();
    }
  });

  it('drops what an earlier build stored of it', async () => {
    const strapi = fakeStrapi('article', [article(1), article(2)]);
    const ctx = fakeContext('article');
    await load('article', strapi, ctx);
    strapi.publish({ ...article(2, '2024-04-01T00:00:00.000Z'), lead: null } as unknown as Article);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await load('article', strapi, ctx);
      expect([...ctx.entries.keys()]).toEqual(['art1']);
      expect(parseBuildWarning(String(warnings.mock.calls[0]?.[0]))).toMatchObject({
        entry: 'Tin số 2',
        field: 'lead',
      });
    } finally {
      warnings.mockRestore();
    }
  });
});

describe('strapiLoader: incremental loads', () => {
  async function loaded(count: number) {
    const strapi = fakeStrapi(
      'article',
      Array.from({ length: count }, (_, i) => article(i + 1)),
    );
    const ctx = fakeContext('article');
    await load('article', strapi, ctx);
    strapi.requests.length = 0;
    ctx.reset();
    return { strapi, ctx };
  }

  it('fetches nothing and writes nothing when no entry changed', async () => {
    const { strapi, ctx } = await loaded(3);
    const before = ctx.snapshot();
    await load('article', strapi, ctx);
    expect(strapi.requests).toEqual([{ kind: 'versions', ids: null, page: 1 }]);
    expect(ctx.writes).toEqual([]);
    expect(ctx.deletes).toEqual([]);
    expect(ctx.snapshot()).toEqual(before);
    expect(ctx.messages[0]?.message).toMatch(/^article: 3 published, 0 fetched, 0 removed, 1 requests, /);
  });

  it('fetches and rewrites only the entries whose updatedAt changed, and new ones', async () => {
    const { strapi, ctx } = await loaded(4);
    const unchanged = { art1: ctx.entries.get('art1'), art3: ctx.entries.get('art3') };
    const edited = article(2, '2024-04-01T09:30:00.000Z', 'Tin số 2 (sửa)');
    strapi.publish(edited);
    strapi.publish(article(5));
    await load('article', strapi, ctx);

    expect(strapi.fetchedIds()).toEqual([['art2', 'art5']]);
    expect(ctx.writes.sort()).toEqual(['art2', 'art5']);
    expect(ctx.entries.get('art2')?.data).toEqual({ ...edited, body: '' });
    expect(bodyOf('art2')).toBe('# Tin số 2 (sửa)\n\nNội dung bài 2.');
    expect(ctx.entries.get('art5')?.data).toMatchObject({ title: 'Tin số 5' });
    expect(ctx.entries.get('art1')).toEqual(unchanged.art1);
    expect(ctx.entries.get('art3')).toEqual(unchanged.art3);
    expect(ctx.messages[0]?.message).toMatch(/^article: 5 published, 2 fetched, 0 removed, 2 requests, /);
  });

  it('removes the entries, and their bodies, that were deleted or unpublished in Strapi', async () => {
    const { strapi, ctx } = await loaded(4);
    strapi.unpublish('art2');
    strapi.unpublish('art4');
    await load('article', strapi, ctx);

    expect([...ctx.entries.keys()].sort()).toEqual(['art1', 'art3']);
    expect(ctx.deletes.sort()).toEqual(['art2', 'art4']);
    expect(readdirSync(bodyDir()).sort()).toEqual(['art1.md', 'art3.md']);
    expect(strapi.fetchedIds()).toEqual([]);
    expect(ctx.writes).toEqual([]);
    expect(ctx.messages[0]?.message).toMatch(/^article: 2 published, 0 fetched, 2 removed, /);
  });

  it.each([
    [
      'another Strapi filled the store',
      (ctx: ReturnType<typeof fakeContext>) => ctx.metaValues.set('source', 'http://old:1337'),
    ],
    [
      'the store has an older layout',
      (ctx: ReturnType<typeof fakeContext>) => ctx.metaValues.set('layout', 'old'),
    ],
    ['the body files are gone', () => rmSync(bodyDir(), { recursive: true })],
  ])('refills the whole store when %s', async (_case, distrust) => {
    const { strapi, ctx } = await loaded(3);
    // An entry Strapi never had: a refill drops it without asking Strapi about it.
    ctx.entries.set('stray', { id: 'stray', data: { updatedAt: 'x' } });
    distrust(ctx);
    await load('article', strapi, ctx);

    expect(ctx.clears()).toBe(1);
    expect(strapi.fetchedIds()).toEqual([['art1', 'art2', 'art3']]);
    expect([...ctx.entries.keys()].sort()).toEqual(['art1', 'art2', 'art3']);
    expect(readdirSync(bodyDir()).sort()).toEqual(['art1.md', 'art2.md', 'art3.md']);
    expect(ctx.metaValues.get('source')).toBe(STRAPI);
  });
});

describe('strapiLoader: how many entries a load asks for at once', () => {
  it.each([
    { stale: 1, requests: [1] },
    { stale: 50, requests: [50] },
    { stale: 120, requests: [50, 50, 20] },
    { stale: 300, requests: [50, 50, 50, 50, 50, 50] },
  ])('asks for $stale changed entries by id, 50 per request', async ({ stale, requests }) => {
    const tags = Array.from({ length: stale }, (_, i) => tag(i + 1));
    const strapi = fakeStrapi('tag', tags);
    const ctx = fakeContext('tag');
    await load('tag', strapi, ctx);
    const fetched = strapi.fetchedIds();
    expect(fetched.map((ids) => ids?.length)).toEqual(requests);
    expect(fetched.flat()).toEqual(tags.map((t) => t.documentId));
    expect(ctx.entries.size).toBe(stale);
  });

  it('fetches every entry unfiltered when more than 300 changed', async () => {
    const tags = Array.from({ length: 301 }, (_, i) => tag(i + 1));
    const strapi = fakeStrapi('tag', tags);
    const ctx = fakeContext('tag');
    await load('tag', strapi, ctx);
    // Four pages of 100, none filtered by id.
    expect(strapi.fetchedIds()).toEqual([null, null, null, null]);
    expect(ctx.entries.size).toBe(301);
    expect(ctx.entries.get('tag301')?.data).toEqual(tags[300]);
  });
});

describe('strapiLoader: Strapi errors', () => {
  const failures = [
    [
      'a refused token',
      () => Response.json({ error: { status: 403 } }, { status: 403 }),
      StrapiAuthError,
      /^Strapi refused the API token \(403\) for \/api\/articles\. .*set STRAPI_TOKEN\.$/,
    ],
    [
      'a 400',
      () => Response.json({ error: { message: 'Invalid key' } }, { status: 400 }),
      StrapiHttpError,
      /^Strapi answered 400 for \/api\/articles: \{"error":\{"message":"Invalid key"\}\}$/,
    ],
    [
      'invalid JSON',
      () => new Response('<html>Bad gateway</html>'),
      StrapiResponseError,
      /^Strapi answered http:\/\/strapi\.test:1337\/api\/articles\?.* with invalid JSON\.$/,
    ],
  ] as const;

  describe.each(failures)('%s', (_label, failure, errorClass, message) => {
    async function loadedThenChanged() {
      const strapi = fakeStrapi('article', [article(1), article(2), article(3)]);
      const ctx = fakeContext('article');
      await load('article', strapi, ctx);
      // What Strapi holds changes: an edit, a new entry (nothing is unpublished).
      strapi.publish(article(2, '2024-05-05T05:05:05.000Z', 'Tin số 2 (sửa)'));
      strapi.publish(article(4));
      strapi.requests.length = 0;
      ctx.reset();
      return { strapi, ctx };
    }

    it('while listing: fails with the client error and leaves store, meta and bodies as they were', async () => {
      const { strapi, ctx } = await loadedThenChanged();
      const before = { store: ctx.snapshot(), meta: new Map(ctx.metaValues), body: bodyOf('art2') };
      strapi.failNext('versions', failure);
      const error = await load('article', strapi, ctx).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(errorClass);
      expect((error as Error).message).toMatch(message);
      expect(ctx.snapshot()).toEqual(before.store);
      expect(ctx.metaValues).toEqual(before.meta);
      expect(bodyOf('art2')).toBe(before.body);
      expect(ctx.writes).toEqual([]);
      expect(ctx.deletes).toEqual([]);
      expect(strapi.fetchedIds()).toEqual([]);
    });

    it('while fetching changed entries: fails and rewrites none of them', async () => {
      const { strapi, ctx } = await loadedThenChanged();
      const before = { store: ctx.snapshot(), body: bodyOf('art2') };
      strapi.failNext('entries', failure);
      const error = await load('article', strapi, ctx).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(errorClass);
      expect(strapi.fetchedIds()).toEqual([['art2', 'art4']]);
      expect(ctx.snapshot()).toEqual(before.store);
      expect(bodyOf('art2')).toBe(before.body);
      expect(ctx.writes).toEqual([]);

      // The next load, with Strapi answering again, catches up.
      await load('article', strapi, ctx);
      expect(ctx.entries.get('art2')?.data).toMatchObject({ title: 'Tin số 2 (sửa)' });
      expect([...ctx.entries.keys()].sort()).toEqual(['art1', 'art2', 'art3', 'art4']);
    });
  });

  it('does not retry a refused token', async () => {
    const strapi = fakeStrapi('tag', [tag(1)]);
    strapi.failNext('versions', () => new Response('', { status: 401 }));
    await expect(load('tag', strapi, fakeContext('tag'))).rejects.toThrow(StrapiAuthError);
    expect(strapi.requests).toHaveLength(1);
  });
});
