import qs from 'qs';
import { z } from 'zod';
import {
  CONTENT_TYPES,
  PREVIEW_TOKEN_HEADER,
  SINGLE_TYPES,
  type ContentTypeKey,
  type ContentTypeMap,
  type SingleTypeKey,
  type SingleTypeMap,
} from './generated/content.ts';
import { StrapiAuthError, StrapiHttpError, StrapiResponseError, StrapiUnreachableError } from './errors.ts';
import { fetchRetrying } from './fetch-retrying.ts';

export interface StrapiClientOptions {
  /** Strapi's origin, e.g. http://127.0.0.1:1337 */
  baseUrl: string;
  /** A read-only API token. */
  token: string;
  /** Entries per request; Strapi caps it at rest.maxLimit (100). */
  pageSize?: number;
  /** Pages fetched at once after the first. */
  concurrency?: number;
  /** Extra attempts after a network error or a 5xx/429. */
  retries?: number;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Figures of the requests a client has made, for logs and benchmarks. */
export interface ClientStats {
  requests: number;
  bytes: number;
  retries: number;
}

const paginationSchema = z.object({
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number().optional(),
  total: z.number().optional(),
});

/** Measured on the demo content and a 1,000-article corpus (see README, Performance). */
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_CONCURRENCY = 4;

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** The one HTTP client of Strapi's REST content API: typed, paginated, retried, published only. */
export class StrapiClient {
  readonly stats: ClientStats = { requests: 0, bytes: 0, retries: 0 };
  private readonly options: Required<StrapiClientOptions>;

  constructor(options: StrapiClientOptions) {
    if (!options.baseUrl) throw new Error('Strapi client: baseUrl is missing (set STRAPI_URL).');
    if (!options.token)
      throw new Error(
        'Strapi client: the API token is missing (set STRAPI_TOKEN or start the CMS once to create .data/site-token).',
      );
    this.options = {
      pageSize: DEFAULT_PAGE_SIZE,
      concurrency: DEFAULT_CONCURRENCY,
      retries: 3,
      timeoutMs: 30_000,
      fetch: globalThis.fetch,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
  }

  /** GET a path with a query object; JSON body on success, typed errors otherwise. */
  async get(
    path: string,
    query: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<unknown> {
    const url = `${this.options.baseUrl}${path}?${qs.stringify(query, { encodeValuesOnly: true })}`;
    let response: Response;
    try {
      response = await fetchRetrying(
        url,
        {
          headers: { ...headers, Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' },
        },
        {
          retries: this.options.retries,
          timeoutMs: this.options.timeoutMs,
          fetch: this.options.fetch,
          onRetry: () => this.stats.retries++,
          onAnswer: () => this.stats.requests++,
        },
      );
    } catch (error) {
      const reason = (error as Error).cause ?? (error as Error).message;
      throw new StrapiUnreachableError(
        `Strapi is unreachable at ${this.options.baseUrl} after ${this.options.retries + 1} attempts ` +
          `(${reason}). Is the CMS running? Start it with \`npm start\` or set STRAPI_URL.`,
        url,
        { cause: error },
      );
    }
    const text = await response.text();
    this.stats.bytes += Buffer.byteLength(text);
    if (response.ok) {
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new StrapiResponseError(`Strapi answered ${url} with invalid JSON.`, url, { cause: error });
      }
    }
    if (response.status === 401 || response.status === 403) {
      throw new StrapiAuthError(
        `Strapi refused the API token (${response.status}) for ${path}. The token is wrong, expired or ` +
          'not read-only: restart the CMS to recreate .data/site-token, or set STRAPI_TOKEN.',
        url,
        response.status,
      );
    }
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the raw text
    }
    throw new StrapiHttpError(
      `Strapi answered ${response.status} for ${path}: ${text.slice(0, 300)}`,
      url,
      response.status,
      body,
    );
  }

  private parse<K extends ContentTypeKey>(
    key: K,
    data: unknown[],
    url: string,
    onInvalid?: (entry: Record<string, unknown>) => void,
  ): ContentTypeMap[K][] {
    if (onInvalid) {
      const valid: ContentTypeMap[K][] = [];
      for (const entry of data) {
        const result = CONTENT_TYPES[key].schema.safeParse(entry);
        if (result.success) valid.push(result.data as ContentTypeMap[K]);
        else onInvalid(entry as Record<string, unknown>);
      }
      return valid;
    }
    const schema = z.array(CONTENT_TYPES[key].schema);
    const result = schema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new StrapiResponseError(
        `Strapi's ${key} data does not match the generated schema at ${issue.path.join('.')}: ${issue.message}. ` +
          'Run `npm run generate-types` after changing a Strapi schema.',
        url,
      );
    }
    return result.data as ContentTypeMap[K][];
  }

  /**
   * Every page of a list query, `pageSize` entries each: the first page with
   * `pagination[withCount]` (for pageCount), then the others without it, `concurrency` at a time.
   * Each answer's envelope is validated and its `data` checked against `item`; pages keep their order.
   */
  private async paginate<T>(path: string, query: Record<string, unknown>, item: z.ZodType<T>): Promise<T[]> {
    const envelope = z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });
    const fetchPage = async (page: number, withCount: boolean) =>
      envelope.parse(
        await this.get(path, { ...query, pagination: { page, pageSize: this.options.pageSize, withCount } }),
      );
    const first = await fetchPage(1, true);
    const pageCount = first.meta.pagination.pageCount ?? 1;
    const rest = await mapLimit(
      Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2),
      this.options.concurrency,
      async (page) => (await fetchPage(page, false)).data,
    );
    return [...first.data, ...rest.flat()];
  }

  private query(key: ContentTypeKey, filters: Record<string, unknown> | undefined) {
    const type = CONTENT_TYPES[key];
    return {
      fields: type.fields,
      populate: type.populate,
      ...(filters ? { filters } : {}),
      ...(type.draftAndPublish ? { status: 'published' } : {}),
      sort: ['id:asc'],
    };
  }

  /**
   * Every published entry of a type (all pages), validated against the generated schema.
   * `updatedAfter` (ISO date-time) fetches only entries changed since then. An entry that does not
   * fit the schema fails the call, or with `onInvalid` is handed to it and left out of the answer.
   */
  async findAll<K extends ContentTypeKey>(
    key: K,
    options: {
      updatedAfter?: string;
      filters?: Record<string, unknown>;
      onInvalid?: (entry: Record<string, unknown>) => void;
    } = {},
  ): Promise<ContentTypeMap[K][]> {
    const path = CONTENT_TYPES[key].path;
    const filters = {
      ...options.filters,
      ...(options.updatedAfter ? { updatedAt: { $gt: options.updatedAfter } } : {}),
    };
    const hasFilters = Object.keys(filters).length > 0 ? filters : undefined;
    const data = await this.paginate(path, this.query(key, hasFilters), z.unknown());
    return this.parse(key, data, path, options.onInvalid);
  }

  /** documentId and updatedAt of every published entry: cheap, to find deletions and changes. */
  async listVersions(key: ContentTypeKey): Promise<Array<{ documentId: string; updatedAt: string }>> {
    const type = CONTENT_TYPES[key];
    const query = {
      fields: ['updatedAt'],
      ...(type.draftAndPublish ? { status: 'published' } : {}),
      sort: ['id:asc'],
    };
    const item = z.object({ documentId: z.string(), updatedAt: z.string() });
    const data = await this.paginate(type.path, query, item);
    return data.map(({ documentId, updatedAt }) => ({ documentId, updatedAt }));
  }

  /**
   * Count and newest version of a type's published entries: one small request, to tell whether
   * anything changed. With drafts, each publish gives the published version a new row (Strapi 5
   * deletes the old one and creates another), so the highest id of a published entry moves at every
   * publish; sorting by id follows the primary key, where sorting 10,000 articles by updatedAt took
   * Strapi six times as long (about 100 ms; the publisher asks at every edit). Without drafts an
   * edit changes the row in place: the newest updatedAt tells.
   */
  async summary(key: ContentTypeKey): Promise<{ total: number; latest: string | null }> {
    const type = CONTENT_TYPES[key];
    const envelope = z.object({
      data: z.array(z.object({ id: z.number(), updatedAt: z.string() })),
      meta: z.object({ pagination: paginationSchema }),
    });
    const body = envelope.parse(
      await this.get(type.path, {
        fields: ['updatedAt'],
        ...(type.draftAndPublish ? { status: 'published' } : {}),
        sort: [type.draftAndPublish ? 'id:desc' : 'updatedAt:desc'],
        pagination: { page: 1, pageSize: 1, withCount: true },
      }),
    );
    const newest = body.data[0];
    return {
      total: body.meta.pagination.total ?? body.data.length,
      latest: newest ? `${newest.id} ${newest.updatedAt}` : null,
    };
  }

  /** A single type's entry (e.g. the site settings), validated; null while none has been saved (404). */
  async single<K extends SingleTypeKey>(key: K): Promise<SingleTypeMap[K] | null> {
    const type = SINGLE_TYPES[key];
    let body: unknown;
    try {
      body = await this.get(type.path, { fields: type.fields, populate: type.populate });
    } catch (error) {
      if (error instanceof StrapiHttpError && error.status === 404) return null;
      throw error;
    }
    const parsed = z.object({ data: type.schema }).safeParse(body);
    if (!parsed.success) {
      throw new StrapiResponseError(
        `Strapi's ${type.path} does not match the generated schema: ${parsed.error.message}. ` +
          'Run `npm run generate-types` after changing a Strapi schema.',
        type.path,
      );
    }
    return parsed.data.data as SingleTypeMap[K];
  }

  /**
   * One entry in the state a preview token grants (a draft, or the published version), validated.
   * The CMS answers only with a valid token bound to that document (cms/src/lib/preview-token.ts);
   * anything else is a StrapiAuthError, a document that is gone a StrapiHttpError 404.
   */
  async preview<K extends ContentTypeKey>(
    key: K,
    grant: { documentId: string; status: 'draft' | 'published' },
    previewToken: string,
  ): Promise<ContentTypeMap[K]> {
    const type = CONTENT_TYPES[key];
    const path = `${type.path}/${encodeURIComponent(grant.documentId)}`;
    const query = { fields: type.fields, populate: type.populate, status: grant.status };
    const body = z
      .object({ data: z.unknown() })
      .parse(await this.get(path, query, { [PREVIEW_TOKEN_HEADER]: previewToken }));
    const [entry] = this.parse(key, [body.data], path);
    return entry!;
  }

  /** One published entry by slug, or null. */
  async findBySlug<K extends ContentTypeKey>(key: K, slug: string): Promise<ContentTypeMap[K] | null> {
    const [entry] = await this.findAll(key, { filters: { slug: { $eq: slug } } });
    return entry ?? null;
  }
}
