import type { Loader } from 'astro/loaders';
import { CONTENT_TYPES, StrapiClient, type ContentTypeKey } from 'shared-types';
import { partialChanges } from './partial';
import { STRAPI_URL, strapiToken } from './strapi-config';

/** Above this many changed entries, one full fetch is cheaper than fetching them by id. */
const FULL_FETCH_THRESHOLD = 300;
const IDS_PER_REQUEST = 50;

/**
 * Astro content loader for one Strapi content type. Incremental: it lists every published
 * entry's documentId and updatedAt (one cheap request per 100), drops entries that were deleted
 * or unpublished, and fetches in full only the entries whose updatedAt changed since the last build.
 * In a partial build (WUP_PARTIAL) it fetches just the named entries and leaves the rest as stored.
 */
export function strapiLoader(key: ContentTypeKey): Loader {
  return {
    name: `strapi-${key}`,
    schema: CONTENT_TYPES[key].schema,
    async load({ store, meta, logger, parseData, generateDigest }) {
      const started = performance.now();
      const client = new StrapiClient({ baseUrl: STRAPI_URL, token: strapiToken() });

      // A different Strapi (or database) means nothing stored can be trusted.
      if (partialChanges && meta.get('source') !== STRAPI_URL) {
        throw new Error(`partial build refused: the content store was not filled from ${STRAPI_URL}; a full build is needed first`);
      }
      if (meta.get('source') !== STRAPI_URL) {
        store.clear();
        meta.set('source', STRAPI_URL);
      }

      if (partialChanges) {
        const ids = partialChanges[key] ?? [];
        const entries = ids.length > 0 ? ((await client.findAll(key, { filters: { documentId: { $in: ids } } })) as Array<Record<string, unknown>>) : [];
        for (const entry of entries) {
          const id = entry.documentId as string;
          const data = await parseData({ id, data: entry });
          store.set({ id, data, digest: generateDigest(data) });
        }
        // Named but not returned: unpublished or deleted since.
        for (const id of ids) if (!entries.some((e) => e.documentId === id)) store.delete(id);
        if (ids.length > 0)
          logger.info(`${key} (partial): ${entries.length} of ${ids.length} changed entries fetched in ${((performance.now() - started) / 1000).toFixed(2)} s`);
        return;
      }

      const versions = await client.listVersions(key);
      const live = new Set(versions.map((v) => v.documentId));
      let removed = 0;
      for (const id of store.keys()) {
        if (!live.has(id)) {
          store.delete(id);
          removed++;
        }
      }

      const stale = versions.filter((v) => (store.get(v.documentId)?.data as { updatedAt?: string } | undefined)?.updatedAt !== v.updatedAt);
      let entries: Array<Record<string, unknown>> = [];
      if (stale.length > FULL_FETCH_THRESHOLD) {
        entries = (await client.findAll(key)) as Array<Record<string, unknown>>;
      } else {
        for (let i = 0; i < stale.length; i += IDS_PER_REQUEST) {
          const ids = stale.slice(i, i + IDS_PER_REQUEST).map((v) => v.documentId);
          entries.push(...((await client.findAll(key, { filters: { documentId: { $in: ids } } })) as Array<Record<string, unknown>>));
        }
      }
      for (const entry of entries) {
        const id = entry.documentId as string;
        const data = await parseData({ id, data: entry });
        store.set({ id, data, digest: generateDigest(data) });
      }
      logger.info(
        `${key}: ${versions.length} published, ${entries.length} fetched, ${removed} removed, ${client.stats.requests} requests, ${(client.stats.bytes / 1024).toFixed(0)} kB in ${((performance.now() - started) / 1000).toFixed(2)} s`,
      );
    },
  };
}
