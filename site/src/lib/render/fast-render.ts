// The publisher's fast path inside the resident renderer: after an edit, the pages the edit changes
// are rendered here, from the site's data held in memory with the changed entries fetched again
// from Strapi, by the same page modules `astro build` runs, and written into a release folder (a
// hard-linked copy of the live one) as the build would write them: same stylesheet links, same
// image files. Pages that are no longer on the site are removed from it.
//
// Which pages an edit changes is found, not declared by the pages: every route's getStaticPaths is
// run on the data before and after the edit (a page that appears, goes, or gets other props), and
// what each page read of the data when it last rendered (lib/data/page-reads.ts: recorded by the full
// build, then by each fast render) is evaluated on both (a page whose reads give another value).
import { experimental_AstroContainer } from 'astro/container';
import type { APIRoute } from 'astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { writeFileAtomic } from 'shared-types/runtime';
import {
  StrapiClient,
  type ChangedEntries,
  type ContentTypeKey,
  type FastRenderRequest,
  type FastRenderResult,
} from 'shared-types';
import { changedReads, PageReads, recordReads, sameValue, untrackedData } from '../data/page-reads';
import { renderScope } from '../data/render-scope';

export type { FastRenderRequest, FastRenderResult } from 'shared-types';
import { fileOfPath, pathOfRoute, routeOfModule, urlPathOf, type RouteType } from './route-files';
import { entryIn, replaceSiteData, siteData, type SiteData } from '../data/site-data';
import { referrersOf, withEntry, withoutEntry, withSingle } from '../data/edits';
import { entryLabel, warningOf } from '../media/media-health';
import { collectStaticImages, generateImage } from './static-images';
import { STRAPI_URL, strapiToken } from '../data/strapi-config';
import { entryProblem } from '../data/strapi-loader';

interface PageModule {
  default?: AstroComponentFactory;
  GET?: APIRoute;
  getStaticPaths?: () => Promise<
    Array<{ params: Record<string, string | undefined>; props?: Record<string, unknown> }>
  >;
  prerender?: boolean;
  /**
   * A file of this route that the release has is what the route would write for any entry edit
   * (uploads: only a media event changes a file, and the publisher answers those with a full build):
   * the fast render leaves it.
   */
  keptAcrossEdits?: boolean;
}

// Every page of the site but the on-demand ones (the preview, this renderer's own route).
const PAGE_MODULES = import.meta.glob<PageModule>([
  '../../pages/**/*.{astro,ts}',
  '!../../pages/internal/**',
  '!../../pages/xem-truoc/**',
]);

/** A change the fast render does not handle; the publisher builds with Astro instead. */
export class FastRenderRefused extends Error {
  override name = 'FastRenderRefused';
}

/** A rendered page or endpoint answer, before it is written. */
interface Rendered {
  route: string;
  file: string;
  type: RouteType;
  body: Uint8Array | string;
}

/** What the build adds to a route's pages from its code: stylesheet links before </head>, scripts after </html>. */
interface RouteAssets {
  head: string;
  tail: string;
}

const HEAD_ASSETS = /((?:<link rel="stylesheet"[^>]*>|<script type="module"[^>]*><\/script>)*)<\/head>/;
const TAIL_ASSETS = /<\/html>([\s\S]*)$/;
/** Per route: they depend on the route's code only, the same for every page of it and every release of one build. */
const routeAssets = new Map<string, RouteAssets>();

/** The first page of `files` (relative to the release) that `outDir` has, or undefined. */
const firstBuilt = (outDir: string, files: string[]) =>
  files.map((file) => path.join(outDir, file)).find((file) => existsSync(file));

/**
 * A route's assets as the build wrote them, read from a page of that route in the release: one
 * being rendered again, else any page of the route (every one, as the build made them).
 */
async function assetsOf(
  route: string,
  page: PageModule,
  outDir: string,
  files: string[],
): Promise<RouteAssets> {
  const known = routeAssets.get(route);
  if (known) return known;
  let sample = firstBuilt(outDir, files);
  if (!sample && page.getStaticPaths) {
    const all = await renderScope.exit(() => page.getStaticPaths!());
    sample = firstBuilt(
      outDir,
      all.map(({ params }) => fileOfPath(pathOfRoute(route, params), 'page')),
    );
  }
  if (!sample) throw new FastRenderRefused(`no built page of ${route} to take its stylesheet links from`);
  const html = readFileSync(sample, 'utf8');
  const assets = { head: HEAD_ASSETS.exec(html)?.[1] ?? '', tail: TAIL_ASSETS.exec(html)?.[1] ?? '' };
  routeAssets.set(route, assets);
  return assets;
}

/**
 * The site's data with the changed entries as Strapi publishes them now (one no longer published
 * taken out, and the entries that referred to it fetched again: Strapi drops such a relation);
 * `waited` gets the seconds spent waiting for Strapi's answers. Returns the documentIds that changed.
 */
async function withChanges(
  previous: SiteData,
  changes: ChangedEntries,
  waited: { seconds: number },
): Promise<{ data: SiteData; changed: Set<string> }> {
  const client = new StrapiClient({ baseUrl: STRAPI_URL, token: strapiToken(), retries: 1 });
  const ask = async <T>(request: () => Promise<T>): Promise<T> => {
    const asked = performance.now();
    try {
      return await request();
    } finally {
      waited.seconds += (performance.now() - asked) / 1000;
    }
  };
  let data = previous;
  const changed = new Set<string>();
  const removed = new Set<string>();
  const fetchInto = async (key: ContentTypeKey, ids: string[]) => {
    // An entry the site cannot render is left out by a build, which says so: not done here.
    const entries = await ask(() =>
      client.findAll(key, {
        filters: { documentId: { $in: ids } },
        onInvalid: (entry) => {
          const problem = entryProblem(key, entry)!;
          throw new FastRenderRefused(`${key} ${problem.entry}: ${problem.field} does not fit its schema`);
        },
      }),
    );
    for (const entry of entries) data = await withEntry(data, key, entry);
    const found = new Set(entries.map((entry) => entry.documentId));
    for (const id of ids) {
      changed.add(id);
      if (found.has(id)) continue;
      removed.add(id);
      data = withoutEntry(data, key, id);
    }
  };
  for (const [key, ids = []] of Object.entries(changes) as Array<[keyof ChangedEntries, string[]]>) {
    if (key === 'siteSetting' || key === 'menu') {
      data = withSingle(data, key, await ask(() => client.single(key)));
      for (const id of ids) changed.add(id);
    } else if (ids.length > 0) {
      await fetchInto(key, ids);
    }
  }
  // An entry refers to one the site does not have yet (published with it, its webhook still to come).
  const missing = missingReferences(data, changed);
  for (const [key, ids] of Object.entries(missing) as Array<[ContentTypeKey, string[]]>)
    if (ids.length > 0) await fetchInto(key, ids);
  if (removed.size > 0)
    for (const [key, ids = []] of Object.entries(referrersOf(previous, removed)) as Array<
      [ContentTypeKey, string[]]
    >) {
      const again = ids.filter((id) => !changed.has(id));
      if (again.length > 0) await fetchInto(key, again);
    }
  return { data, changed };
}

/** The entries the `changed` ones refer to that `data` does not have, by type. */
function missingReferences(
  data: SiteData,
  changed: ReadonlySet<string>,
): Partial<Record<ContentTypeKey, string[]>> {
  const missing: Partial<Record<ContentTypeKey, Set<string>>> = {};
  const want = (
    key: ContentTypeKey,
    refs: Array<{ documentId: string } | null>,
    known: Map<string, unknown>,
  ) => {
    for (const ref of refs)
      if (ref && !known.has(ref.documentId)) (missing[key] ??= new Set()).add(ref.documentId);
  };
  for (const id of changed) {
    const article = data.articleById.get(id);
    if (article) {
      want('tag', article.tags, data.tags);
      want('organisation', article.organisations, data.organisationById);
      want('project', article.projects, data.projectById);
      want('emulationPledge', article.pledges, data.pledgeById);
      want('video', article.videos, data.videoById);
    }
    const unit = data.organisationById.get(id);
    if (unit) want('organisation', [unit.parent, unit.mergedInto], data.organisationById);
    const video = data.videoById.get(id);
    if (video) {
      want('organisation', video.organisations, data.organisationById);
      want('project', video.projects, data.projectById);
    }
    const project = data.projectById.get(id);
    if (project) want('organisation', [project.leadOrganisation], data.organisationById);
    const pledge = data.pledgeById.get(id);
    if (pledge) want('organisation', [pledge.host, ...pledge.signatories], data.organisationById);
    const page = data.pageById.get(id);
    if (page) want('page', [page.parent], data.pageById);
    const leader = data.leaderById.get(id);
    if (leader) want('organisation', [leader.organisation], data.organisationById);
    const document = data.documentById.get(id);
    if (document) {
      want('organisation', [document.issuer], data.organisationById);
      want('tag', document.tags, data.tags);
      want('article', document.articles, data.articleById);
      want('project', document.projects, data.projectById);
    }
  }
  return Object.fromEntries(Object.entries(missing).map(([key, ids]) => [key, [...ids]]));
}

/** One page or endpoint of the site, as a route's getStaticPaths gives it. */
interface PageAt {
  moduleFile: string;
  route: string;
  type: RouteType;
  params: Record<string, string | undefined>;
  props: Record<string, unknown>;
  file: string;
}

/** Every page of the site (by address) for a version of its data: getStaticPaths run on it, once. */
const pagesOfData = new WeakMap<SiteData, Map<string, PageAt>>();

/** The modules of the site's pages, loaded. */
async function pageModules(): Promise<Array<[string, PageModule]>> {
  return Promise.all(Object.entries(PAGE_MODULES).map(async ([file, load]) => [file, await load()] as const));
}

async function pagesOf(
  data: SiteData,
  changed: ReadonlySet<string>,
  modules: Array<[string, PageModule]>,
  times: Map<string, number>,
): Promise<Map<string, PageAt>> {
  const known = pagesOfData.get(data);
  if (known) return known;
  const pages = new Map<string, PageAt>();
  for (const [moduleFile, page] of modules) {
    if (page.prerender === false) continue;
    const started = performance.now();
    const { route, type } = routeOfModule(moduleFile);
    const routes = page.getStaticPaths
      ? await renderScope.run({ data, changed }, () => page.getStaticPaths!())
      : [{ params: {}, props: {} }];
    for (const { params, props = {} } of routes) {
      const at = pathOfRoute(route, params);
      pages.set(urlPathOf(at, type), { moduleFile, route, type, params, props, file: fileOfPath(at, type) });
    }
    times.set(route, (times.get(route) ?? 0) + (performance.now() - started) / 1000);
  }
  pagesOfData.set(data, pages);
  return pages;
}

/** The pages an edit changes: new ones, ones with other props, ones whose reads give another value. */
function pagesToRender(
  before: Map<string, PageAt>,
  after: Map<string, PageAt>,
  reads: PageReads,
  changedPages: ReadonlySet<string>,
): PageAt[] {
  const out: PageAt[] = [];
  for (const [address, page] of after) {
    const was = before.get(address);
    if (!was || !reads.has(address) || changedPages.has(address) || !sameValue(was.props, page.props))
      out.push(page);
  }
  return out;
}

/**
 * Most pages one fast render renders (about half a second): an edit that changes more (a new article
 * shifts every page of the news list: 10,000 at 100,000 articles; Tâm điểm is in every page's
 * sidebar) goes live with the pages readers go to first, and the rest follow in further renders.
 */
export const PAGES_PER_RENDER = Number(process.env.SITE_PAGES_PER_RENDER ?? 400);

/** Pages an earlier edit changed that are not rendered yet (by address): the next renders take them. */
let owed = new Set<string>();

/** Whether a page's props hold one of the changed entries (its own page, a list that shows it). */
function showsChanged(value: unknown, changed: ReadonlySet<string>, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 3) return false;
  if (Array.isArray(value)) return value.some((item) => showsChanged(item, changed, depth + 1));
  const id = (value as { documentId?: unknown }).documentId;
  if (typeof id === 'string') return changed.has(id);
  return Object.values(value).some((item) => showsChanged(item, changed, depth + 1));
}

/**
 * The pages to render now, most urgent first, at most PAGES_PER_RENDER; and those left for later.
 * First the pages that show a changed entry, then pages without a page number (home, a list's first
 * page, feeds), then the others (a list's page 57), shortest address first.
 */
function byUrgency(
  pages: PageAt[],
  owedBefore: ReadonlySet<string>,
  after: Map<string, PageAt>,
  changed: ReadonlySet<string>,
): { now: PageAt[]; later: Set<string> } {
  const all = new Map(
    pages.map((page) => [urlPathOf(pathOfRoute(page.route, page.params), page.type), page]),
  );
  for (const address of owedBefore) {
    const page = after.get(address);
    if (page && !all.has(address)) all.set(address, page);
  }
  const rank = ([address, page]: [string, PageAt]) =>
    showsChanged(page.props, changed)
      ? 0
      : Object.values(page.params).some((v) => /^\d+$/.test(v ?? ''))
        ? 2 + address.length / 1e4
        : 1;
  const ordered = [...all].sort((a, b) => rank(a) - rank(b));
  return {
    now: ordered.slice(0, PAGES_PER_RENDER).map(([, page]) => page),
    later: new Set(ordered.slice(PAGES_PER_RENDER).map(([address]) => address)),
  };
}

/** The record of what each page read: the full build's at the first edit, kept up to date after. */
let pageReads: PageReads | null = null;
function loadPageReads(): PageReads {
  if (pageReads) return pageReads;
  const file = process.env.SITE_PAGE_READS;
  if (!file || !existsSync(file))
    throw new FastRenderRefused(`no record of what the pages read (${file ?? 'SITE_PAGE_READS unset'})`);
  pageReads = PageReads.fromJSON(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>);
  return pageReads;
}

/** Renders `pages` from `data`, each while its reads are recorded. */
async function render(
  pages: PageAt[],
  modules: Map<string, PageModule>,
  data: SiteData,
  changed: ReadonlySet<string>,
  outDir: string,
  onRead: (address: string, reads: Set<string>) => void,
): Promise<Rendered[]> {
  const container = await experimental_AstroContainer.create({ astroConfig: { site: import.meta.env.SITE } });
  const site = new URL(import.meta.env.SITE ?? 'http://localhost/');
  const rendered: Rendered[] = [];
  for (const { moduleFile, route, type, params, props, file } of pages) {
    const page = modules.get(moduleFile)!;
    const address = urlPathOf(pathOfRoute(route, params), type);
    const request = new Request(new URL(address, site));
    const { result, reads } = await recordReads(() =>
      renderScope.run({ data, changed }, async (): Promise<Rendered> => {
        if (type === 'endpoint') {
          const response = await container.renderToResponse(page as never, {
            routeType: 'endpoint',
            params,
            props,
            request,
          });
          if (!response.ok) throw new Error(`${file}: the endpoint answered ${response.status}`);
          return { route, file, type, body: new Uint8Array(await response.arrayBuffer()) };
        }
        const html = await container.renderToString(page.default!, {
          params,
          props,
          request,
          partial: false,
        });
        const assets = await assetsOf(route, page, outDir, [file]);
        // After </html> the container puts the route's scripts as sources; the build has them bundled.
        const body = html
          .replace('</head>', `${assets.head}</head>`)
          .replace(/<\/html>[\s\S]*$/, `</html>${assets.tail}`);
        return { route, file, type, body };
      }),
    );
    onRead(address, reads);
    rendered.push(result);
  }
  return rendered;
}

/** Whether `file` holds exactly `body`. */
function sameAsFile(file: string, body: Uint8Array | string): boolean {
  try {
    return readFileSync(file).equals(typeof body === 'string' ? Buffer.from(body) : body);
  } catch {
    return false;
  }
}

/** Writes a file of the release: a link to the live release's file is replaced, not written into. */
const writeOver = writeFileAtomic;

/**
 * Removes a file of the release, and the folders it leaves empty (a build would not have them). The
 * file may never have been written: a page an earlier edit made, still owed, that this edit removes.
 */
function removeFile(outDir: string, file: string) {
  rmSync(path.join(outDir, file), { force: true });
  for (
    let dir = path.dirname(path.join(outDir, file));
    dir.startsWith(`${outDir}${path.sep}`);
    dir = path.dirname(dir)
  ) {
    if (!existsSync(dir)) continue;
    if (readdirSync(dir).length > 0) break;
    rmdirSync(dir);
  }
}

/** Seconds of garbage collection since the first fast render, for the renderer's log. */
let gcSeconds = 0;
let gcObserver: PerformanceObserver | undefined;
function gcSoFar(): number {
  if (!gcObserver) {
    gcObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) gcSeconds += entry.duration / 1000;
    });
    gcObserver.observe({ entryTypes: ['gc'] });
  }
  return gcSeconds;
}

/** The fast render: entries fetched, changed pages rendered and gone ones removed in `outDir`, with their images. */
export async function fastRender({ changes, outDir }: FastRenderRequest): Promise<FastRenderResult> {
  let mark = performance.now();
  const gcBefore = gcSoFar();
  const reads = loadPageReads();
  const previous = untrackedData(await siteData());
  const strapi = { seconds: 0 };
  const { data, changed } = await withChanges(previous, changes, strapi);
  const fetch = (performance.now() - mark) / 1000;
  mark = performance.now();
  const loaded = await pageModules();
  const times = new Map<string, number>();
  const before = await pagesOf(previous, changed, loaded, times);
  const after = await pagesOf(data, changed, loaded, times);
  const paths = (performance.now() - mark) / 1000;
  mark = performance.now();
  const stale = changedReads(reads.reads(), previous, data, changed);
  const modules = new Map(loaded);
  // A file that does not change with edits (an upload's copy) is left as the release has it.
  const kept = (page: PageAt) =>
    modules.get(page.moduleFile)!.keptAcrossEdits === true && existsSync(path.join(outDir, page.file));
  const changedPages = pagesToRender(before, after, reads, reads.pagesOf(stale)).filter((page) => {
    if (!kept(page)) return true;
    reads.set(urlPathOf(pathOfRoute(page.route, page.params), page.type), []);
    return false;
  });
  const gone = [...before].filter(([address]) => !after.has(address));
  for (const [address] of gone) owed.delete(address);
  const { now: toRender, later } = byUrgency(changedPages, owed, after, changed);
  owed = later;
  const evaluate = (performance.now() - mark) / 1000;
  mark = performance.now();
  const newReads = new Map<string, Set<string>>();
  const { result: pages, images } = await collectStaticImages(() =>
    render(toRender, modules, data, changed, outDir, (address, own) => newReads.set(address, own)),
  );
  const rendering = (performance.now() - mark) / 1000;
  const collecting = gcSoFar() - gcBefore;
  // Every route's getStaticPaths over 50 ms, slowest first: what grows with the site shows here first.
  const slowest = [...times]
    .filter(([, seconds]) => seconds >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([route, seconds]) => `${route} ${seconds.toFixed(2)} s`);
  console.log(
    `[renderer] entries in ${fetch.toFixed(2)} s (Strapi ${strapi.seconds.toFixed(2)} s); ` +
      `pages listed in ${paths.toFixed(2)} s (over 50 ms: ${slowest.join(', ') || 'none'}); ` +
      `${stale.size} reads changed of ${reads.size} pages' in ${evaluate.toFixed(2)} s; ` +
      `${pages.length} pages and feeds rendered in ${rendering.toFixed(2)} s, ${gone.length} gone; ` +
      `garbage collection ${collecting.toFixed(2)} s`,
  );
  mark = performance.now();
  const imagesMade: string[] = [];
  for (const image of images) {
    const file = path.join(outDir, image.file);
    if (existsSync(file)) continue;
    writeOver(file, await generateImage(image));
    imagesMade.push(image.file.replace(/^\//, ''));
  }
  // A page that comes out as the live one is left as it is (a link to the live file): only what
  // changed counts as changed, for the search refresh after.
  const written = pages.filter((page) => !sameAsFile(path.join(outDir, page.file), page.body));
  for (const page of written) writeOver(path.join(outDir, page.file), page.body);
  for (const [, page] of gone) removeFile(outDir, page.file);
  // Later previews and fast renders start from the site as it now is.
  replaceSiteData(data);
  for (const [address] of gone) reads.delete(address);
  for (const [address, own] of newReads) reads.set(address, own);
  const label = (d: SiteData, id: string) => {
    const entry = entryIn(d, id);
    return entry && entryLabel(entry);
  };
  return {
    warnings: [...changed].flatMap((id) => (data.droppedMedia.get(id) ?? []).map(warningOf)),
    entries: [...new Set([...changed].flatMap((id) => [label(previous, id), label(data, id)]))].filter(
      (entry): entry is string => entry !== undefined,
    ),
    files: written.map((p) => p.file),
    removed: gone.map(([, page]) => page.file),
    owed: owed.size,
    pages: written.filter((p) => p.type === 'page').length,
    imagesMade,
    phases: { fetch, render: paths + evaluate + rendering, write: (performance.now() - mark) / 1000 },
  };
}
