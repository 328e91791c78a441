import type { Loader } from 'astro/loaders';
import {
  CONTENT_TYPES,
  formatBuildWarning,
  SINGLE_TYPES,
  StrapiClient,
  type BuildWarning,
  type ContentTypeKey,
  type SingleTypeKey,
} from 'shared-types';
import { clearBodies, deleteBody, hasBodies, writeBody } from './body-store';
import { STRAPI_URL, strapiToken } from './strapi-config';

/** Above this many changed entries, one full fetch is cheaper than fetching them by id. */
const FULL_FETCH_THRESHOLD = 300;
const IDS_PER_REQUEST = 50;
/** Changes when what the store holds changes shape; a store of another layout is refilled. */
const STORE_LAYOUT = 'article-bodies-apart-1';

/**
 * Astro content loader for one Strapi content type. Incremental: it lists every published
 * entry's documentId and updatedAt (one cheap request per 100), drops entries that were deleted
 * or unpublished, and fetches in full only the entries whose updatedAt changed since the last build.
 * Article bodies are kept in files beside the store (body-store.ts), not in it.
 * `options.fetch` replaces the client's fetch (tests answer as Strapi would); builds leave it unset.
 */
export function strapiLoader(key: ContentTypeKey, options: { fetch?: typeof globalThis.fetch } = {}): Loader {
  const bodiesApart = key === 'article';
  return {
    name: `strapi-${key}`,
    schema: CONTENT_TYPES[key].schema,
    async load({ store, meta, logger, parseData, generateDigest }) {
      const started = performance.now();
      const client = new StrapiClient({
        baseUrl: STRAPI_URL,
        token: strapiToken(),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      const keep = async (entry: Record<string, unknown>) => {
        const id = entry.documentId as string;
        const data = await parseData({ id, data: entry });
        const digest = generateDigest(data);
        if (bodiesApart) {
          writeBody(id, (data as { body: string }).body);
          store.set({ id, data: { ...data, body: '' }, digest });
        } else {
          store.set({ id, data, digest });
        }
      };
      const drop = (id: string) => {
        store.delete(id);
        if (bodiesApart) deleteBody(id);
      };
      // One entry the site cannot render (no usable address, a field missing) is left out with a
      // warning, never the build: the rest of the site still publishes. Asked again every build.
      const leaveOut = (entry: Record<string, unknown>) => {
        console.warn(formatBuildWarning(entryProblem(key, entry)!));
        drop(entry.documentId as string);
      };

      // A different Strapi (or database), or a store from before bodies were kept apart (or
      // whose body files are gone), means nothing stored can be trusted.
      const trusted =
        meta.get('source') === STRAPI_URL &&
        (!bodiesApart || (meta.get('layout') === STORE_LAYOUT && hasBodies()));
      if (!trusted) {
        store.clear();
        if (bodiesApart) clearBodies();
        meta.set('source', STRAPI_URL);
        meta.set('layout', STORE_LAYOUT);
      }

      const versions = await client.listVersions(key);
      const live = new Set(versions.map((v) => v.documentId));
      let removed = 0;
      for (const id of store.keys()) {
        if (!live.has(id)) {
          drop(id);
          removed++;
        }
      }

      const stale = versions.filter(
        (v) =>
          (store.get(v.documentId)?.data as { updatedAt?: string } | undefined)?.updatedAt !== v.updatedAt,
      );
      let entries: Array<Record<string, unknown>> = [];
      if (stale.length > FULL_FETCH_THRESHOLD) {
        entries = (await client.findAll(key, { onInvalid: leaveOut })) as Array<Record<string, unknown>>;
      } else {
        for (let i = 0; i < stale.length; i += IDS_PER_REQUEST) {
          const ids = stale.slice(i, i + IDS_PER_REQUEST).map((v) => v.documentId);
          entries.push(
            ...((await client.findAll(key, {
              filters: { documentId: { $in: ids } },
              onInvalid: leaveOut,
            })) as Array<Record<string, unknown>>),
          );
        }
      }
      for (const entry of entries) await keep(entry);
      logger.info(
        `${key}: ${versions.length} published, ${entries.length} fetched, ${removed} removed, ` +
          `${client.stats.requests} requests, ${(client.stats.bytes / 1024).toFixed(0)} kB ` +
          `in ${((performance.now() - started) / 1000).toFixed(2)} s`,
      );
    },
  };
}

/** The Vietnamese reason an entry from Strapi does not fit its schema, naming the entry and field. */
export function entryProblem(key: ContentTypeKey, entry: Record<string, unknown>): BuildWarning | null {
  const parsed = CONTENT_TYPES[key].schema.safeParse(entry);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || '(mục)';
  const value = issue.path.reduce<unknown>(
    (at, step) => (at as Record<PropertyKey, unknown> | null)?.[step],
    entry,
  );
  const label = [entry.title, entry.name, entry.slug, entry.documentId].find(
    (text): text is string => typeof text === 'string' && text !== '',
  )!;
  const reason =
    field === 'slug'
      ? `đường dẫn "${String(value ?? '')}" không dùng được (cần ít nhất một chữ cái a-z hoặc chữ số); ` +
        'mục này không được đưa lên trang cho đến khi sửa'
      : `trường ${field} không hợp lệ (${issue.message}); mục này không được đưa lên trang cho đến khi sửa`;
  return { type: key, entry: label, field, reason };
}

/**
 * Astro content loader for a Strapi single type (the site settings): its one entry under the id
 * of its key, or nothing while none has been saved. One small request per build.
 */
export function strapiSingleLoader(
  key: SingleTypeKey,
  options: { fetch?: typeof globalThis.fetch } = {},
): Loader {
  return {
    name: `strapi-${key}`,
    schema: SINGLE_TYPES[key].schema,
    async load({ store, logger, parseData, generateDigest }) {
      const client = new StrapiClient({
        baseUrl: STRAPI_URL,
        token: strapiToken(),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      const entry = await client.single(key);
      store.clear();
      if (!entry) {
        logger.warn(`${key}: none saved in Strapi yet; the site uses its defaults`);
        return;
      }
      const data = await parseData({ id: key, data: entry });
      store.set({ id: key, data, digest: generateDigest(data) });
    },
  };
}
