// What a build takes and gives back.
import type { BuildWarning } from 'shared-types';
import type { AstroMemory } from './astro-build.ts';
import type { SearchSteps } from '../status.ts';

/** Seconds spent in each phase of a build. */
export interface BuildPhases {
  /** Astro: Node start and config, before the content sync. */
  startup?: number;
  /** Astro's content sync, with the fetch from Strapi. */
  fetch: number;
  /** Astro: Vite bundling the pages, before any is rendered. */
  bundle?: number;
  render: number;
  images: number;
  search: number;
  verify: number;
  /** Partial builds: hard-linking the live site and laying the new pages over it. */
  overlay?: number;
}

export interface BuildOptions {
  outDir: string;
  /** STRAPI_URL, STRAPI_TOKEN / SITE_TOKEN_FILE, SITE_URL ... */
  env?: Record<string, string>;
  /** Each line Astro prints. */
  onLine?: (line: string) => void;
  signal?: AbortSignal;
  /** Searchable pages per Pagefind shard (default SEARCH_SHARD_PAGES). */
  searchShardPages?: number;
  /** The live release: search shards whose pages did not change are taken from it. */
  previousDir?: string;
  /** Told when a phase starts (the benchmark keeps peak memory per phase). */
  onPhase?: (phase: 'astro' | 'search') => void;
}

export interface BuildResult {
  /** What the build left out and built anyway (an upload it could not use), one per entry and field. */
  warnings: BuildWarning[];
  /**
   * A fast build's: the entries it rendered again (as warnings name them). The warnings of the live
   * release about other entries still hold; those about these are replaced by `warnings`.
   */
  warnedAgain?: string[];
  /** A fast build's: pages the edits changed that the renderer left for its next render. */
  owed?: number;
  outDir: string;
  pages: number;
  phases: BuildPhases;
  /** Builds by `astro build`: its process's memory peak in each of its phases. */
  astroMemory?: AstroMemory;
  /**
   * Builds over a hard-linked copy of the live release: the paths (relative) where the release may
   * differ from it. The next spare copy is brought up to date at those paths only.
   */
  changed?: string[];
  /** Builds with a search phase: shards, how many were taken from the live release, the phase's steps. */
  searchShards?: { shards: number; reused: number; steps?: SearchSteps };
  seconds: number;
}

export type { ChangedEntries } from 'shared-types';
