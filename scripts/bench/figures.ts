// What `npm run bench` measures for each size, as kept in its JSON and printed in its table.
import type { BuildRecord, BuildResult } from 'publisher';
import type { sizesFor } from './corpus.ts';
import type { EditKindsFigures } from './edit-kinds.ts';
import type { SearchPageFigure } from './search-page.ts';

export interface BuildFigure {
  seconds: number;
  peakMiB: number;
  /** Peak of the Astro build and of the Pagefind indexing, apart. */
  peakMiBByPhase: Record<string, number>;
  pages: number;
  pagesPerSecond: number;
  phases: BuildResult['phases'];
}

/** A measure that could not be taken: why, in the table and the JSON, while the others print. */
export interface Failed {
  error: string;
}
export const failed = (value: unknown): value is Failed =>
  typeof value === 'object' && value !== null && 'error' in value;

/** The edit measure's phases, in the order they come (the publisher idle between its builds). */
export const EDIT_PHASES = [
  'cold build',
  'edit',
  'search API refresh',
  'search refresh',
  'full build',
  'idle',
] as const;
export type EditPhase = (typeof EDIT_PHASES)[number];

/** One edit: webhook → page served (fast path), and → the full build after it (search, sitemap). */
export interface EditFigure {
  pingToLiveSeconds: number;
  mode: BuildRecord['mode'];
  renderedBy?: BuildRecord['renderedBy'];
  debounceSeconds: number;
  buildSeconds: number;
  phases: BuildRecord['phases'];
  /** Webhook → the search API and sitemap up to date (the search API refresh after a fast build by the renderer). */
  pingToSearchApiSeconds?: number;
  searchApiPhases?: BuildRecord['phases'];
  /** Webhook → search index and sitemap up to date by the search refresh (after a fast build by the renderer). */
  pingToSearchSeconds?: number;
  searchPhases?: BuildRecord['phases'];
  searchShards?: BuildRecord['searchShards'];
  /** Every edit of the run (`--edits N`, different articles one after another), the first included. */
  edits?: Array<{
    pingToLiveSeconds: number;
    renderSeconds?: number;
    pingToSearchApiSeconds?: number;
    pingToSearchSeconds?: number;
  }>;
  /** Webhook → the full build after the edit is live (absent with `--no-full`). */
  pingToFullSeconds?: number;
  fullBuildSeconds?: number;
  fullPhases?: BuildRecord['phases'];
  /** Astro's memory peak in each phase of that full build. */
  fullAstroMemory?: BuildRecord['astroMemory'];
  /** The full build's search shards, and how many it took unchanged from the live release. */
  fullSearchShards?: BuildRecord['searchShards'];
  /** Peak memory (the publisher's process and its children: Astro, Pagefind, the renderer) per phase. */
  peakMiBByPhase?: Partial<Record<EditPhase, number>>;
  /** What made each phase's peak: MiB per kind of process (the renderer, Astro, Pagefind ...). */
  peakMakeupByPhase?: Partial<Record<EditPhase, Record<string, number>>>;
}

/** Everything one size measures; a measure not taken is absent, one that failed says why. */
export interface SizeFigures {
  size: number;
  database: string;
  machine: string;
  generate?: { seconds: number; sizes: ReturnType<typeof sizesFor> } | Failed;
  load?: { seconds: number; entries: number; entriesPerSecond: number; note: string } | Failed;
  fetch?: { seconds: number; requests: number; MiB: number } | Failed;
  clientTuning?: Array<{ pageSize: number; concurrency: number; seconds: number }>;
  ours?: {
    cold: BuildFigure | Failed;
    warm: BuildFigure | Failed;
    dist?: { MiB: number; files: number };
    searchIndex?: { seconds: number; MiB: number; files: number };
  };
  /** The preview renderer on the warm build: start (data loaded), first and further opens of a draft. */
  preview?: { startSeconds: number; firstMs: number; warmMs: number[] } | Failed;
  floor?: { cold: BuildFigure | Failed; warm: BuildFigure | Failed } | Failed;
  hugo?: { seconds: number; peakMiB: number; pages: number } | Failed;
  /**
   * The edit measure's first build: cold (empty data store and image cache), kept on its own so that
   * an edit that fails after it loses nothing of it.
   */
  publisherColdBuild?:
    | {
        seconds: number;
        phases: BuildRecord['phases'];
        peakMiB: number;
        astroMemory: BuildRecord['astroMemory'];
      }
    | Failed;
  oneEdit?: EditFigure | Failed;
  /** Each kind of edit, a burst of 50, and the live site compared with a full build (edit-kinds.ts). */
  editKinds?: EditKindsFigures | Failed;
  /** The live site after the edit's full build: its size, and its search page on a slow 4G connection. */
  liveDist?: { MiB: number; files: number; pages: number } | Failed;
  /** The search page served by the publisher (the search API). */
  searchPage?: SearchPageFigure | Failed;
  /** The same on a plain static server: Pagefind in the browser. */
  searchPageInBrowser?: SearchPageFigure | Failed;
}
