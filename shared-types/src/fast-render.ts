// The contract between the publisher and the resident renderer's fast path (the site's
// pages/internal/render route, lib/render/fast-render.ts): what it is asked and what it answers.
import type { BuildWarning } from './build-warnings.ts';
import type { ContentTypeKey, SingleTypeKey } from './generated/content.ts';

/** The renderer's route for the fast path, on its loopback port only. */
export const FAST_RENDER_PATH = '/internal/render/';
/** Header carrying the secret the publisher gives each renderer. */
export const FAST_RENDER_SECRET_HEADER = 'x-render-secret';

/**
 * Changed documentIds per content type (published, edited, unpublished or deleted; a single type
 * by its own documentId): what a fast render brings into the site's data before it renders.
 */
export type ChangedEntries = Partial<Record<ContentTypeKey | SingleTypeKey, string[]>>;

/**
 * What each page of a full build read of the site's data, beside the release's server build
 * (`<release>/_server/page-reads.json`): the record the resident renderer starts from.
 */
export const PAGE_READS_FILE = 'page-reads.json';

/**
 * The uploads a full build found unusable (by URL, with the reason), beside its server build: the
 * resident renderer leaves them out as the build did, without asking Strapi for every file again.
 */
export const UNUSABLE_UPLOADS_FILE = 'unusable-uploads.json';

/**
 * The request: the changed entries (none: only the pages earlier edits still owe), and the release
 * folder (a copy of the live one) to write into.
 */
export interface FastRenderRequest {
  changes: ChangedEntries;
  outDir: string;
}

/** The answer of a fast render that went through. */
export interface FastRenderResult {
  /** Files written, relative to the release. */
  files: string[];
  /** Files removed (pages and feeds no longer on the site), relative to the release. */
  removed: string[];
  /** Pages the edits changed that are left for the next renders (an edit that changes hundreds). */
  owed: number;
  pages: number;
  /** Uploads left out of the changed entries, as a build says it. */
  warnings: BuildWarning[];
  /** The changed entries as warnings name them (before and after): their earlier warnings no longer hold. */
  entries: string[];
  /** Image files made because the release did not have them yet, relative to the release. */
  imagesMade: string[];
  /** Seconds: fetching the entries and joining them in, rendering, writing. */
  phases: { fetch: number; render: number; write: number };
}

/** The answer of one that did not: `refused` when the renderer cannot do it as a build would. */
export interface FastRenderFailure {
  error: string;
  refused: boolean;
}
