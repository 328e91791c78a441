// One build of the static site into a fresh folder: Astro (fetch + render + images), then the
// Pagefind search index, then checks that the result is whole. Nothing here touches the live site.
import { astroBuild } from './astro-build.ts';
import type { BuildOptions, BuildResult } from './build-types.ts';
import { linkCopy } from '../releases/linked-trees.ts';
import type { FastRenderResult } from '../render/renderer.ts';
import { refreshSearchDbs, type SearchDbRefresh } from '../search/search-db-refresh.ts';
import { type Indexed, INDEX_AND_VERIFY } from './index-and-verify.ts';
import type { SearchIndexResult } from '../search/search-index.ts';
import { inProcess } from '../process/in-process.ts';
import { refreshSitemap, unlistFromSitemap } from '../search/sitemap.ts';
import { since, timed } from './timed.ts';
import { verifyBuild } from './verify-build.ts';

export type { BuildOptions, BuildPhases, BuildResult, ChangedEntries } from './build-types.ts';

const astroPhases = ({ startup, fetch, bundle, render, images }: Awaited<ReturnType<typeof astroBuild>>) => ({
  startup,
  fetch,
  bundle,
  render,
  images,
});

/** What a build record keeps of a search phase. */
const shardFigures = ({ shards, reused, steps }: SearchIndexResult) => ({ shards, reused, steps });

/** Astro build, search index and verification of one release folder, with the time of each phase. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  options.onPhase?.('astro');
  const astro = await astroBuild(options);
  options.signal?.throwIfAborted();
  options.onPhase?.('search');
  const { searched, search, verify } = await inProcess<Indexed>(
    INDEX_AND_VERIFY,
    'indexAndVerify',
    [options.outDir, { shardPages: options.searchShardPages, previousDir: options.previousDir }],
    options.signal,
  );
  return {
    outDir: options.outDir,
    pages: astro.pages,
    warnings: astro.warnings,
    phases: { ...astroPhases(astro), search, verify },
    astroMemory: astro.memory,
    searchShards: shardFigures(searched),
    seconds: since(started),
  };
}

/** Renders into a release folder: the resident renderer's fast path (Renderer.render). */
export type RenderInto = (outDir: string) => Promise<FastRenderResult>;

/**
 * The publisher's fast path: the resident renderer renders the pages an edit changes straight into
 * a hard-linked copy of the live release (no `astro build`), and removes the pages it takes off the
 * site. A removed page leaves the sitemap and the search API's databases here and now; new and
 * changed pages reach them with the search refreshes that follow (buildSearchRefresh).
 */
export async function buildRendered(options: {
  outDir: string;
  liveDir: string;
  render: RenderInto;
  /**
   * Makes `outDir` a hard-linked copy of the live release ready beforehand (the releases' spare);
   * false when there is none, and the copy is made here.
   */
  linked?: () => Promise<boolean>;
}): Promise<BuildResult> {
  const started = performance.now();
  const [, copy] = await timed(async () => {
    if (!(await options.linked?.())) await linkCopy(options.liveDir, options.outDir);
  });
  const rendered = await options.render(options.outDir);
  const [gone, search] = await timed(async () =>
    rendered.removed.length > 0
      ? [
          ...(await refreshSearchDbs(options.outDir, rendered.removed)).written,
          ...unlistFromSitemap(options.outDir, rendered.removed),
        ]
      : [],
  );
  const [, verify] = await timed(() => verifyBuild(options.outDir, [...rendered.files, ...gone]));
  return {
    outDir: options.outDir,
    pages: rendered.pages,
    changed: [...rendered.files, ...rendered.imagesMade, ...rendered.removed, ...gone],
    warnings: rendered.warnings,
    warnedAgain: rendered.entries,
    owed: rendered.owed,
    phases: {
      fetch: rendered.phases.fetch,
      render: rendered.phases.render,
      images: 0,
      search,
      verify,
      overlay: copy + rendered.phases.write,
    },
    seconds: since(started),
  };
}

/**
 * After a fast build: search and sitemap brought up to date over a copy of the live release. With
 * `pages` (the pages changed since the search was last whole), only the search API's databases take
 * them (refreshSearchDbs: about a second). Without, the search shards holding a page that now says
 * something else to Pagefind are indexed again (the others are hard-linked, see indexSearch). The
 * sitemap lists any page the edit added.
 */
export async function buildSearchRefresh(options: {
  outDir: string;
  liveDir: string;
  /** As buildRendered's. */
  linked?: () => Promise<boolean>;
  pages?: string[];
  /** Without `pages`: the paths changed since the live release's search shards were made (see indexSearch). */
  changed?: string[];
  searchShardPages?: number;
  signal?: AbortSignal;
}): Promise<BuildResult> {
  const started = performance.now();
  const [, copy] = await timed(async () => {
    if (!(await options.linked?.())) await linkCopy(options.liveDir, options.outDir);
  });
  options.signal?.throwIfAborted();
  const { indexed, changed, search, verify, searchShards } = options.pages
    ? await refreshSearchApi(options.outDir, options.pages, options.signal)
    : await inProcess<Indexed>(
        INDEX_AND_VERIFY,
        'indexAndVerify',
        [
          options.outDir,
          {
            shardPages: options.searchShardPages,
            previousDir: options.liveDir,
            changed: options.changed,
            sitemap: true,
          },
        ],
        options.signal,
      ).then(({ searched, search, verify, sitemap }) => ({
        indexed: searched.indexed,
        changed: [...searched.written, ...sitemap],
        search,
        verify,
        searchShards: shardFigures(searched),
      }));
  return {
    outDir: options.outDir,
    pages: indexed,
    changed,
    warnings: [],
    phases: { fetch: 0, render: 0, images: 0, search, verify, overlay: copy },
    ...(searchShards ? { searchShards } : {}),
    seconds: since(started),
  };
}

/** The search API's databases and the sitemap brought up to date with a few changed pages, checked. */
async function refreshSearchApi(dir: string, pages: string[], signal?: AbortSignal) {
  const [{ indexed, changed }, search] = await timed(async () => {
    const refreshed: SearchDbRefresh = await refreshSearchDbs(dir, pages, signal);
    return { indexed: refreshed.indexed, changed: [...refreshed.written, ...refreshSitemap(dir, pages)] };
  });
  signal?.throwIfAborted();
  const [, verify] = await timed(() => verifyBuild(dir, changed));
  return { indexed, changed, search, verify, searchShards: undefined };
}
