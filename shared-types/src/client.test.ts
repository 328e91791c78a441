import qs from 'qs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONCURRENCY, DEFAULT_PAGE_SIZE, StrapiClient, type StrapiClientOptions } from './client.ts';
import { StrapiAuthError, StrapiHttpError, StrapiResponseError, StrapiUnreachableError } from './errors.ts';
import type { ContentTypeKey, Tag } from './generated/content.ts';

type Fetch = typeof globalThis.fetch;

const BASE_URL = 'http://strapi.test:1337';

function client(fetch: Fetch, options: Partial<StrapiClientOptions> = {}) {
  return new StrapiClient({ baseUrl: BASE_URL, token: 'secret-token', fetch, ...options });
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function envelope(data: unknown[], page = 1, pageCount = 1) {
  return { data, meta: { pagination: { page, pageSize: 100, pageCount, total: data.length } } };
}

/** The query string of a request URL, parsed back into nested objects as Strapi reads it. */
function queryOf(url: string): qs.ParsedQs {
  return qs.parse(new URL(url).search.slice(1));
}

/** A valid tag as Strapi's REST API returns it; the Vietnamese name makes bytes differ from characters. */
function tag(id: number): Tag {
  return {
    id,
    documentId: `tag${id}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: `2024-02-${String((id % 28) + 1).padStart(2, '0')}T08:00:00.000Z`,
    publishedAt: '2024-01-01T00:00:00.000Z',
    name: `Phụ nữ ${id}`,
    slug: `phu-nu-${id}`,
  };
}

/**
 * A fake Strapi list endpoint: pages `entries` by the request's pagination, answers later pages
 * sooner (so page order cannot come from arrival order), and records each request and how many
 * requests were in flight at once.
 */
function fakeStrapi(entries: unknown[], { withPageCount = true } = {}) {
  const log = { urls: [] as string[], init: [] as Array<RequestInit | undefined>, bodies: [] as string[] };
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch: Fetch = async (input, init) => {
    const url = String(input);
    log.urls.push(url);
    log.init.push(init);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const { pagination } = queryOf(url) as { pagination: { page: string; pageSize: string } };
    const page = Number(pagination.page);
    const pageSize = Number(pagination.pageSize);
    const pageCount = Math.max(1, Math.ceil(entries.length / pageSize));
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, 12 - page * 2)));
    inFlight--;
    const data = entries.slice((page - 1) * pageSize, page * pageSize);
    const body = JSON.stringify({
      data,
      meta: {
        pagination: { page, pageSize, ...(withPageCount ? { pageCount, total: entries.length } : {}) },
      },
    });
    log.bodies.push(body);
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, log, maxInFlight: () => maxInFlight };
}

/** A fetch that answers each call with the next item of `script` (an Error is thrown, as fetch does). */
function scripted(script: Array<Response | Error | (() => Response | Error)>) {
  const calls: string[] = [];
  const fetch: Fetch = async (input) => {
    calls.push(String(input));
    // The last item answers every call after the script runs out.
    const item = script[Math.min(calls.length, script.length) - 1]!;
    const next = typeof item === 'function' ? item() : item;
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, calls };
}

const networkError = () => new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });

afterEach(() => {
  vi.useRealTimers();
});

describe('StrapiClient options', () => {
  it.each([
    [{ baseUrl: '', token: 't' }, /baseUrl is missing \(set STRAPI_URL\)/],
    [{ baseUrl: BASE_URL, token: '' }, /API token is missing \(set STRAPI_TOKEN/],
  ])('refuses %o', (options, message) => {
    expect(() => new StrapiClient(options)).toThrow(message);
  });

  it('sends the token and Accept header to the base URL without its trailing slashes', async () => {
    const strapi = fakeStrapi([tag(1)]);
    await client(strapi.fetch, { baseUrl: `${BASE_URL}//` }).findAll('tag');
    expect(strapi.log.urls).toHaveLength(1);
    expect(strapi.log.urls[0]!.startsWith(`${BASE_URL}/api/tags?`)).toBe(true);
    expect(strapi.log.init[0]?.headers).toEqual({
      Authorization: 'Bearer secret-token',
      Accept: 'application/json',
    });
    expect(strapi.log.init[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('StrapiClient retries', () => {
  describe.each([
    ['a network error', networkError],
    ['a 500', () => json({ error: { status: 500 } }, 500)],
    ['a 502', () => new Response('Bad Gateway', { status: 502 })],
    ['a 503', () => json({ error: { status: 503 } }, 503)],
    ['a 429', () => json({ error: { status: 429 } }, 429)],
  ])('after %s', (_label, failure) => {
    it('retries with a doubling backoff and returns the answer that succeeds', async () => {
      vi.useFakeTimers();
      const { fetch, calls } = scripted([failure(), failure(), json(envelope([tag(1)]))]);
      const strapi = client(fetch, { retries: 3 });
      const result = strapi.findAll('tag');
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toHaveLength(1);
      // The first retry waits 200 ms, the second 400 ms.
      await vi.advanceTimersByTimeAsync(199);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(399);
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(3);
      expect(await result).toEqual([tag(1)]);
      expect(strapi.stats.retries).toBe(2);
      // Requests count answers received; a network error is no answer.
      expect(strapi.stats.requests).toBe(failure() instanceof Error ? 1 : 3);
    });

    it.each([0, 1, 3])('makes at most retries + 1 attempts (retries = %i)', async (retries) => {
      vi.useFakeTimers();
      const { fetch, calls } = scripted([failure]);
      const strapi = client(fetch, { retries });
      const result = strapi.listVersions('tag');
      const assertion = expect(result).rejects.toThrow(
        failure() instanceof Error ? StrapiUnreachableError : StrapiHttpError,
      );
      await vi.advanceTimersByTimeAsync(60_000);
      await assertion;
      expect(calls).toHaveLength(retries + 1);
      expect(strapi.stats.retries).toBe(retries);
    });
  });

  it('throws StrapiUnreachableError after the last attempt, naming the URL, attempts and cause', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = scripted([networkError]);
    const result = client(fetch, { retries: 2 }).findAll('tag');
    const caught = result.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(200 + 400);
    const error = await caught;
    expect(calls).toHaveLength(3);
    expect(error).toBeInstanceOf(StrapiUnreachableError);
    const unreachable = error as StrapiUnreachableError;
    expect(unreachable.message).toContain(`Strapi is unreachable at ${BASE_URL} after 3 attempts`);
    expect(unreachable.message).toContain('connect ECONNREFUSED');
    expect(unreachable.message).toContain('Is the CMS running?');
    expect(unreachable.url).toBe(calls[0]);
    expect(unreachable.cause).toBeInstanceOf(TypeError);
  });

  it('throws StrapiHttpError with the last status and parsed body once the retries are spent', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = scripted([() => json({ error: { message: 'down' } }, 503)]);
    const strapi = client(fetch, { retries: 1 });
    const caught = strapi.findAll('tag').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(200);
    const error = (await caught) as StrapiHttpError;
    expect(error).toBeInstanceOf(StrapiHttpError);
    expect(error.status).toBe(503);
    expect(error.body).toEqual({ error: { message: 'down' } });
    expect(error.message).toBe('Strapi answered 503 for /api/tags: {"error":{"message":"down"}}');
    expect(calls).toHaveLength(2);
    expect(strapi.stats).toMatchObject({ requests: 2, retries: 1 });
  });

  it.each([401, 403])('does not retry a %i and says what to do about the token', async (status) => {
    const { fetch, calls } = scripted([() => json({ error: { status } }, status)]);
    const strapi = client(fetch, { retries: 3 });
    const error = await strapi.findAll('organisation').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrapiAuthError);
    expect((error as StrapiAuthError).status).toBe(status);
    expect((error as StrapiAuthError).message).toBe(
      `Strapi refused the API token (${status}) for /api/organisations. The token is wrong, expired or ` +
        'not read-only: restart the CMS to recreate .data/site-token, or set STRAPI_TOKEN.',
    );
    expect(calls).toHaveLength(1);
    expect(strapi.stats).toMatchObject({ requests: 1, retries: 0 });
  });

  it.each([400, 404])('does not retry a %i and keeps a body that is not JSON as text', async (status) => {
    const { fetch, calls } = scripted([() => new Response('Not here', { status })]);
    const error = await client(fetch)
      .findAll('tag')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrapiHttpError);
    expect((error as StrapiHttpError).status).toBe(status);
    expect((error as StrapiHttpError).body).toBe('Not here');
    expect(calls).toHaveLength(1);
  });
});

describe('StrapiClient answers', () => {
  it('turns invalid JSON in a 200 into a StrapiResponseError, without retrying', async () => {
    const { fetch, calls } = scripted([() => new Response('<html>proxy error</html>', { status: 200 })]);
    const error = await client(fetch)
      .findAll('tag')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrapiResponseError);
    expect((error as StrapiResponseError).message).toBe(`Strapi answered ${calls[0]} with invalid JSON.`);
    expect((error as StrapiResponseError).cause).toBeInstanceOf(SyntaxError);
    expect(calls).toHaveLength(1);
  });

  it('turns data that does not match the generated schema into a StrapiResponseError naming the field', async () => {
    const { slug: _slug, ...withoutSlug } = tag(1);
    const { fetch } = scripted([() => json(envelope([tag(0), withoutSlug]))]);
    const error = await client(fetch)
      .findAll('tag')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrapiResponseError);
    expect((error as StrapiResponseError).message).toMatch(
      /^Strapi's tag data does not match the generated schema at 1\.slug: .+ Run `npm run generate-types`/,
    );
  });
});

describe('StrapiClient pagination', () => {
  const corpus = Array.from({ length: 23 }, (_, i) => tag(i + 1));

  it('fetches every page and concatenates them in page order', async () => {
    const strapi = fakeStrapi(corpus);
    const api = client(strapi.fetch, { pageSize: 5, concurrency: 3 });
    expect(await api.findAll('tag')).toEqual(corpus);
    const queries = strapi.log.urls.map((url) => queryOf(url).pagination);
    expect(queries[0]).toEqual({ page: '1', pageSize: '5', withCount: 'true' });
    // Pages after the first are started in order and do not ask Strapi to count again.
    expect(queries.slice(1)).toEqual(
      [2, 3, 4, 5].map((page) => ({ page: String(page), pageSize: '5', withCount: 'false' })),
    );
  });

  it('lists versions over the same pages, keeping only documentId and updatedAt', async () => {
    const strapi = fakeStrapi(corpus);
    const versions = await client(strapi.fetch, { pageSize: 10 }).listVersions('tag');
    expect(versions).toEqual(corpus.map(({ documentId, updatedAt }) => ({ documentId, updatedAt })));
    expect(strapi.log.urls.map((url) => queryOf(url).pagination)).toEqual([
      { page: '1', pageSize: '10', withCount: 'true' },
      { page: '2', pageSize: '10', withCount: 'false' },
      { page: '3', pageSize: '10', withCount: 'false' },
    ]);
    expect(strapi.log.urls.map((url) => queryOf(url).fields)).toEqual([
      ['updatedAt'],
      ['updatedAt'],
      ['updatedAt'],
    ]);
  });

  it('asks for one page when Strapi gives no pageCount', async () => {
    const strapi = fakeStrapi(corpus, { withPageCount: false });
    expect(await client(strapi.fetch, { pageSize: 5 }).findAll('tag')).toEqual(corpus.slice(0, 5));
    expect(strapi.log.urls).toHaveLength(1);
  });

  it(`defaults to pages of ${DEFAULT_PAGE_SIZE}, ${DEFAULT_CONCURRENCY} at a time`, async () => {
    const big = Array.from({ length: DEFAULT_PAGE_SIZE * 9 + 1 }, (_, i) => tag(i + 1));
    const strapi = fakeStrapi(big);
    expect(await client(strapi.fetch).findAll('tag')).toEqual(big);
    expect(strapi.log.urls).toHaveLength(10);
    for (const url of strapi.log.urls) {
      expect(queryOf(url).pagination).toMatchObject({ pageSize: String(DEFAULT_PAGE_SIZE) });
    }
    expect(strapi.maxInFlight()).toBe(DEFAULT_CONCURRENCY);
  });

  it.each([
    { concurrency: 1, pages: 5, expected: 1 },
    { concurrency: 2, pages: 5, expected: 2 },
    { concurrency: 3, pages: 5, expected: 3 },
    { concurrency: 8, pages: 5, expected: 4 },
  ])(
    'keeps at most $concurrency requests in flight ($pages pages → $expected at once)',
    async ({ concurrency, pages, expected }) => {
      const strapi = fakeStrapi(corpus.slice(0, pages * 4));
      const api = client(strapi.fetch, { pageSize: 4, concurrency });
      expect(await api.findAll('tag')).toHaveLength(pages * 4);
      expect(strapi.log.urls).toHaveLength(pages);
      // The first page is fetched alone; then up to `concurrency` of the other pages.
      expect(strapi.maxInFlight()).toBe(expected);
    },
  );

  it('counts requests, retries and the bytes received', async () => {
    const strapi = fakeStrapi(corpus);
    const api = client(strapi.fetch, { pageSize: 10 });
    await api.findAll('tag');
    await api.listVersions('tag');
    const bytes = strapi.log.bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0);
    // Vietnamese names take more bytes than characters: the count is in bytes.
    expect(bytes).toBeGreaterThan(strapi.log.bodies.join('').length);
    expect(api.stats).toEqual({ requests: 6, bytes, retries: 0 });
  });
});

describe('StrapiClient queries', () => {
  const methods: Array<[string, (api: StrapiClient, key: ContentTypeKey) => Promise<unknown>]> = [
    ['findAll', (api, key) => api.findAll(key)],
    ['findAll with updatedAfter', (api, key) => api.findAll(key, { updatedAfter: '2024-01-01T00:00:00Z' })],
    ['findBySlug', (api, key) => api.findBySlug(key, 'x')],
    ['listVersions', (api, key) => api.listVersions(key)],
    ['summary', (api, key) => api.summary(key)],
  ];

  describe.each(methods)('%s', (_name, call) => {
    it.each([
      ['article', 'published'],
      ['organisation', 'published'],
      ['video', 'published'],
      // Tags have no draft and publish: Strapi would refuse a status there.
      ['tag', undefined],
    ] as const)('asks %s for status %s on every page', async (key, status) => {
      const pages = scripted([
        () => json({ data: [], meta: { pagination: { page: 1, pageSize: 1, pageCount: 3, total: 0 } } }),
        () => json(envelope([])),
      ]);
      await call(client(pages.fetch, { concurrency: 2 }), key);
      expect(pages.calls.length).toBeGreaterThan(0);
      for (const url of pages.calls) expect(queryOf(url).status).toBe(status);
    });
  });

  it('filters by updatedAt and other filters together, sorted by id', async () => {
    const { fetch, calls } = scripted([() => json(envelope([]))]);
    await client(fetch).findAll('article', {
      updatedAfter: '2024-03-01T00:00:00.000Z',
      filters: { featured: { $eq: true } },
    });
    const query = queryOf(calls[0]!);
    expect(query.filters).toEqual({
      featured: { $eq: 'true' },
      updatedAt: { $gt: '2024-03-01T00:00:00.000Z' },
    });
    expect(query.sort).toEqual(['id:asc']);
    expect(query.fields).toContain('body');
    expect(query.populate).toHaveProperty('cover');
  });

  it('findBySlug returns the entry or null', async () => {
    const { fetch, calls } = scripted([() => json(envelope([tag(7)])), () => json(envelope([]))]);
    const api = client(fetch);
    expect(await api.findBySlug('tag', 'phu-nu-7')).toEqual(tag(7));
    expect(await api.findBySlug('tag', 'none')).toBeNull();
    expect(queryOf(calls[0]!).filters).toEqual({ slug: { $eq: 'phu-nu-7' } });
  });

  it('summary asks for the newest published row and the count in one request', async () => {
    const newest = (updatedAt: string) => ({
      data: [{ id: 19002, documentId: 'a1', updatedAt }],
      meta: { pagination: { page: 1, pageSize: 1, pageCount: 42, total: 42 } },
    });
    const { fetch, calls } = scripted([
      () => json(newest('2024-05-01T00:00:00.000Z')),
      () => json(newest('2024-06-01T00:00:00.000Z')),
    ]);
    const api = client(fetch);
    expect(await api.summary('article')).toEqual({ total: 42, latest: '19002 2024-05-01T00:00:00.000Z' });
    // Articles have drafts: a publish makes a new row, the highest id tells (the primary key, cheap).
    expect(queryOf(calls[0]!)).toMatchObject({
      status: 'published',
      sort: ['id:desc'],
      pagination: { page: '1', pageSize: '1', withCount: 'true' },
    });
    // Topics have none: an edit changes the row in place, the newest updatedAt tells.
    expect((await api.summary('tag')).latest).toBe('19002 2024-06-01T00:00:00.000Z');
    expect(queryOf(calls[1]!)).toMatchObject({ sort: ['updatedAt:desc'] });
    expect(calls).toHaveLength(2);
  });
});
