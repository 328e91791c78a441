// What the publisher records and answers on GET /status, as Zod schemas: status.json is read back
// at start and validated, so a damaged file is reported instead of trusted.
import { existsSync, readFileSync } from 'node:fs';
import { buildWarningSchema } from 'shared-types';
import { z } from 'zod';

const phasesSchema = z.object({
  startup: z.number().optional(),
  fetch: z.number(),
  bundle: z.number().optional(),
  render: z.number(),
  images: z.number(),
  search: z.number(),
  verify: z.number(),
  overlay: z.number().optional(),
  swap: z.number(),
});

/**
 * Seconds in each step of a search phase: reading the pages' digests (and recording them for the next
 * build), hard-linking the shards that did not change, Pagefind indexing the others, the search API's
 * databases (the wait after Pagefind's last shard), and the sitemap when the phase wrote it.
 */
export const searchStepsSchema = z.object({
  read: z.number(),
  reuse: z.number(),
  pagefind: z.number(),
  databases: z.number(),
  sitemap: z.number().optional(),
});
export type SearchSteps = z.infer<typeof searchStepsSchema>;

/** "read 0.4, reuse 0.1, pagefind 2.0, databases 0.2 s" (empty without steps). */
export const formatSearchSteps = (steps: SearchSteps | undefined) => {
  const parts = Object.entries(steps ?? {}).map(([step, seconds]) => `${step} ${seconds.toFixed(1)}`);
  return parts.length ? `${parts.join(', ')} s` : '';
};

/** Astro's memory at its highest resident set, with the JavaScript heap (used, taken) and buffers then (MiB). */
export const memoryPeakSchema = z.object({
  rss: z.number(),
  heapUsed: z.number(),
  heapTotal: z.number(),
  external: z.number(),
});

/** Astro's phases with a memory peak (render: the pages and the images; finish: the build's end hooks). */
export const ASTRO_MEMORY_PHASES = ['startup', 'fetch', 'bundle', 'render', 'finish'] as const;

export const buildRecordSchema = z.object({
  id: z.string(),
  trigger: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  seconds: z.number(),
  result: z.enum(['success', 'failed', 'unchanged', 'cancelled']),
  /**
   * `partial`: only the pages showing the changed entries, over a copy of the live site. After a
   * fast build, over a copy of the live site: `search-api`, the search API's databases and the
   * sitemap brought up to date with the changed pages; then `search`, the search shards.
   */
  mode: z.enum(['full', 'partial', 'search-api', 'search']).optional(),
  /** Partial builds: rendered by the resident renderer, or by an `astro build` of those pages. */
  renderedBy: z.enum(['renderer', 'astro']).optional(),
  error: z.string().optional(),
  pages: z.number().optional(),
  phases: phasesSchema.optional(),
  /** Builds by `astro build`: its process's memory peak in each of its phases (MiB). */
  astroMemory: z.partialRecord(z.enum(ASTRO_MEMORY_PHASES), memoryPeakSchema).optional(),
  /** Builds with a search phase: shards, how many were taken from the live release, the phase's steps. */
  searchShards: z
    .object({ shards: z.number(), reused: z.number(), steps: searchStepsSchema.optional() })
    .optional(),
  /** Milliseconds from the first ping of this build to the new site being served. */
  pingToLiveMs: z.number().optional(),
  /** A fast build's: pages the edits changed that the next render takes (beyond one render's share). */
  owed: z.number().optional(),
  /** Uploads the build left out of the pages that use them, and why (the build still succeeded). */
  warnings: z.array(buildWarningSchema).optional(),
});
export type BuildRecord = z.infer<typeof buildRecordSchema>;

export const publisherStatusSchema = z.object({
  state: z.enum(['idle', 'waiting', 'building']),
  current: z.string().nullable(),
  previous: z.string().nullable(),
  lastBuild: buildRecordSchema.nullable(),
  lastSuccess: buildRecordSchema.nullable(),
  builds: z.number(),
});
export type PublisherStatus = z.infer<typeof publisherStatusSchema>;

/** The saved status, or null when there is none; a file that does not parse is reported and ignored. */
export function readSavedStatus(file: string, log: (message: string) => void): PublisherStatus | null {
  if (!existsSync(file)) return null;
  try {
    return publisherStatusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    log(`ignoring ${file}, which is not a valid status (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
}

/** A webhook's body as Strapi sends it; only the parts used to pick the fast path, all optional. */
export const webhookBodySchema = z
  .object({
    event: z.string().optional(),
    model: z.string().optional(),
    uid: z.string().optional(),
    // A documentId that is not a string is no hint; the ping still counts.
    entry: z
      .object({ documentId: z.string().optional().catch(undefined) })
      .loose()
      .nullable()
      .optional()
      .catch(null),
  })
  .loose();
