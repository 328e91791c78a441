// One build of the static site into a fresh folder: Astro (fetch + render + images), then the
// Pagefind search index, then checks that the result is whole. Nothing here touches the live site.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from './astro-build.ts';
import type { BuildOptions, BuildResult, ChangedEntries } from './build-types.ts';
import { linkCopy } from './releases.ts';
import type { FastRenderResult } from './renderer.ts';
import { refreshSearchDbs, type SearchDbRefresh } from './search-db-refresh.ts';
import { type Indexed, INDEX_AND_VERIFY } from './index-and-verify.ts';
import type { SearchIndexResult } from './search-index.ts';
import { inProcess } from './in-process.ts';
import { refreshSitemap } from './sitemap.ts';
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
 * The publisher's fastest path: the resident renderer renders the pages that show the changed
 * entries straight into a hard-linked copy of the live release (no `astro build`). Search index
 * and sitemap are kept until the next full build, as with `buildPartial`.
 */
export async function buildRendered(options: {
  outDir: string;
  liveDir: string;
  render: RenderInto;
  /** `outDir` is already a hard-linked copy of the live release (the releases' spare). */
  linked?: boolean;
}): Promise<BuildResult> {
  const started = performance.now();
  const [, copy] = await timed(async () => {
    if (!options.linked) await linkCopy(options.liveDir, options.outDir);
  });
  const rendered = await options.render(options.outDir);
  const [, verify] = await timed(() => verifyBuild(options.outDir, rendered.files));
  return {
    outDir: options.outDir,
    pages: rendered.pages,
    changed: [...rendered.files, ...rendered.imagesMade],
    warnings: [],
    phases: {
      fetch: rendered.phases.fetch,
      render: rendered.phases.render,
      images: 0,
      search: 0,
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
  linked?: boolean;
  pages?: string[];
  /** Without `pages`: the paths changed since the live release's search shards were made (see indexSearch). */
  changed?: string[];
  searchShardPages?: number;
  signal?: AbortSignal;
}): Promise<BuildResult> {
  const started = performance.now();
  const [, copy] = await timed(async () => {
    if (!options.linked) await linkCopy(options.liveDir, options.outDir);
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

/**
 * The publisher's fast path when the renderer cannot (buildRendered refused): an `astro build` of
 * only the pages that show the changed entries (article page, the news list page and feeds it is
 * on, its organisations, projects and related articles, home), laid over a hard-linked copy of the
 * live release. No search index and no sitemap: the live ones are kept until the next full build,
 * which the publisher queues straight after.
 */
export async function buildPartial(
  options: BuildOptions & { liveDir: string; changed: ChangedEntries },
): Promise<BuildResult> {
  const started = performance.now();
  const renderDir = `${options.outDir}.partial`;
  rmSync(renderDir, { recursive: true, force: true });
  try {
    const astro = await astroBuild({
      ...options,
      outDir: renderDir,
      env: { ...options.env, SITE_PARTIAL: JSON.stringify(options.changed) },
    });
    const overlayStarted = performance.now();
    await linkCopy(options.liveDir, options.outDir);
    for (const entry of readdirSync(renderDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const relative = path.relative(renderDir, path.join(entry.parentPath, entry.name));
      // The sitemap of a partial build lists only its own pages (the news sitemap lists all recent ones).
      if (/^sitemap-(index|\d+)\.xml$/.test(relative)) continue;
      const target = path.join(options.outDir, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(renderDir, relative), target);
    }
    const overlay = since(overlayStarted);
    const [, verify] = await timed(() => verifyBuild(options.outDir));
    return {
      outDir: options.outDir,
      pages: astro.pages,
      warnings: astro.warnings,
      phases: { ...astroPhases(astro), search: 0, verify, overlay },
      astroMemory: astro.memory,
      seconds: since(started),
    };
  } finally {
    rmSync(renderDir, { recursive: true, force: true });
  }
}
