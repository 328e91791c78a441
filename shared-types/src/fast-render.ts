// The contract between the publisher and the resident renderer's fast path (the site's
// pages/internal/render route, lib/fast-render.ts): what it is asked and what it answers.
import type { ContentTypeKey } from './generated/content.ts';

/** The renderer's route for the fast path, on its loopback port only. */
export const FAST_RENDER_PATH = '/internal/render/';
/** Header carrying the secret the publisher gives each renderer. */
export const FAST_RENDER_SECRET_HEADER = 'x-render-secret';

/** Changed documentIds per content type: what a partial build or a fast render re-renders pages for. */
export type ChangedEntries = Partial<Record<ContentTypeKey, string[]>>;

/** The request: the changed entries, and the release folder (a copy of the live one) to write into. */
export interface FastRenderRequest {
  changes: ChangedEntries;
  outDir: string;
}

/** The answer of a fast render that went through. */
export interface FastRenderResult {
  /** Files written, relative to the release. */
  files: string[];
  pages: number;
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
