// The publisher's fast path inside the resident renderer: after an edit, the pages that show the
// changed entries are rendered here, from the site's data held in memory with those entries
// fetched again from Strapi, by the same page modules `astro build` runs, and written into a
// release folder (a hard-linked copy of the live one) as the build would write them: same
// stylesheet links, same image files. No Node start, no content sync, no Vite: milliseconds per
// page instead of seconds per build. Anything it cannot do the same way (a tag, an entry no
// longer published, a route with no page to copy its stylesheet links from) is refused, and the
// publisher falls back to a partial `astro build`.
import { experimental_AstroContainer } from 'astro/container';
import type { APIRoute } from 'astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import {
  StrapiClient,
  type ContentTypeKey,
  type FastRenderRequest,
  type FastRenderResult,
} from 'shared-types';
import { renderScope, type Changes } from './partial';

export type { FastRenderRequest, FastRenderResult } from 'shared-types';
import { fileOfPath, pathOfRoute, routeOfModule, urlPathOf, type RouteType } from './route-files';
import { replaceSiteData, siteData, withEntry, type SiteData } from './site-data';
import { collectStaticImages, generateImage } from './static-images';
import { STRAPI_URL, strapiToken } from './strapi-config';
import { entryProblem } from './strapi-loader';

interface PageModule {
  default?: AstroComponentFactory;
  GET?: APIRoute;
  getStaticPaths?: () => Promise<
    Array<{ params: Record<string, string | undefined>; props?: Record<string, unknown> }>
  >;
  prerender?: boolean;
  /**
   * A page without parameters that shows entries of these types only (the site's settings aside):
   * an edit of another type leaves it as it is. Pages that do not say are rendered again at every edit.
   */
  shows?: readonly ContentTypeKey[];
  /**
   * A file of this route that the release has is what the route would write for any entry edit
   * (uploads: only a media event changes a file, and the publisher answers those with a full build):
   * the fast render leaves it.
   */
  keptAcrossEdits?: boolean;
}

// Every page of the site but the on-demand ones (the preview, this renderer's own route).
const PAGE_MODULES = import.meta.glob<PageModule>([
  '../pages/**/*.{astro,ts}',
  '!../pages/internal/**',
  '!../pages/xem-truoc/**',
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
 * The site's data with the changed entries as Strapi publishes them now; `waited` gets the seconds
 * spent waiting for Strapi's answers (the rest is merging them into the data).
 */
async function withChanges(
  previous: SiteData,
  changes: Changes,
  waited: { seconds: number },
): Promise<SiteData> {
  const client = new StrapiClient({ baseUrl: STRAPI_URL, token: strapiToken(), retries: 1 });
  let data = previous;
  for (const [key, ids] of Object.entries(changes) as Array<[ContentTypeKey, string[]]>) {
    if (key === 'tag') throw new FastRenderRefused('a topic changed: every page may show it');
    const asked = performance.now();
    // An entry the site cannot render is left out by a build, which says so: not done here.
    const entries = await client.findAll(key, {
      filters: { documentId: { $in: ids } },
      onInvalid: (entry) => {
        const problem = entryProblem(key, entry)!;
        throw new FastRenderRefused(`${key} ${problem.entry}: ${problem.field} does not fit its schema`);
      },
    });
    waited.seconds += (performance.now() - asked) / 1000;
    if (entries.length !== ids.length)
      throw new FastRenderRefused(
        `${key}: ${ids.length - entries.length} of the changed entries are not published`,
      );
    for (const entry of entries) data = await withEntry(data, key, entry);
  }
  return data;
}

/** Seconds one route took (its getStaticPaths, then its pages), for the renderer's log. */
interface RouteTime {
  route: string;
  pages: number;
  seconds: number;
  pathsSeconds: number;
}

/** Renders every page of every route that shows a changed entry (pages without parameters always). */
async function renderAffected(changes: Changes, outDir: string, times: RouteTime[]): Promise<Rendered[]> {
  const container = await experimental_AstroContainer.create({ astroConfig: { site: import.meta.env.SITE } });
  const site = new URL(import.meta.env.SITE ?? 'http://localhost/');
  const rendered: Rendered[] = [];
  for (const [moduleFile, load] of Object.entries(PAGE_MODULES)) {
    const page = await load();
    if (page.prerender === false) continue;
    if (page.shows && !page.shows.some((key) => (changes[key]?.length ?? 0) > 0)) continue;
    const started = performance.now();
    const { route, type } = routeOfModule(moduleFile);
    const routes = page.getStaticPaths ? await page.getStaticPaths() : [{ params: {}, props: {} }];
    const pathsSeconds = (performance.now() - started) / 1000;
    const files = routes.map(({ params }) => fileOfPath(pathOfRoute(route, params), type));
    for (const [i, { params, props = {} }] of routes.entries()) {
      const file = files[i]!;
      if (page.keptAcrossEdits && existsSync(path.join(outDir, file))) continue;
      const request = new Request(new URL(urlPathOf(pathOfRoute(route, params), type), site));
      if (type === 'endpoint') {
        const response = await container.renderToResponse(page as never, {
          routeType: 'endpoint',
          params,
          props,
          request,
        });
        if (!response.ok) throw new Error(`${file}: the endpoint answered ${response.status}`);
        rendered.push({ route, file, type, body: new Uint8Array(await response.arrayBuffer()) });
        continue;
      }
      const html = await container.renderToString(page.default!, { params, props, request, partial: false });
      const assets = await assetsOf(route, page, outDir, files);
      // After </html> the container puts the route's scripts as sources; the build has them bundled.
      const body = html
        .replace('</head>', `${assets.head}</head>`)
        .replace(/<\/html>[\s\S]*$/, `</html>${assets.tail}`);
      rendered.push({ route, file, type, body });
    }
    times.push({ route, pages: routes.length, seconds: (performance.now() - started) / 1000, pathsSeconds });
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

/** Writes a file beside its target and renames it over: a link to the live release is replaced, not written into. */
function writeOver(file: string, body: Uint8Array | string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, file);
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

/** The fast render: entries fetched, affected pages rendered, written into `outDir` with the images they use. */
export async function fastRender({ changes, outDir }: FastRenderRequest): Promise<FastRenderResult> {
  let mark = performance.now();
  const gcBefore = gcSoFar();
  const previous = await siteData();
  const strapi = { seconds: 0 };
  const data = await withChanges(previous, changes, strapi);
  const fetch = (performance.now() - mark) / 1000;
  mark = performance.now();
  const times: RouteTime[] = [];
  const { result: pages, images } = await collectStaticImages(() =>
    renderScope.run({ changes, data: Promise.resolve(data), previous }, () =>
      renderAffected(changes, outDir, times),
    ),
  );
  const render = (performance.now() - mark) / 1000;
  // Every route over 50 ms, slowest first: what grows with the site shows here first.
  const slowest = times
    .filter((t) => t.seconds >= 0.05)
    .sort((a, b) => b.seconds - a.seconds)
    .map((t) => `${t.route} ${t.pages} in ${t.seconds.toFixed(2)} s (paths ${t.pathsSeconds.toFixed(2)} s)`);
  const collecting = gcSoFar() - gcBefore;
  console.log(
    `[renderer] entries in ${fetch.toFixed(2)} s (Strapi ${strapi.seconds.toFixed(2)} s); ` +
      `${pages.length} pages and feeds in ${render.toFixed(2)} s; ` +
      `garbage collection ${collecting.toFixed(2)} s during both; over 50 ms: ${slowest.join(', ') || 'none'}`,
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
  // Later previews and fast renders start from the site as it now is.
  replaceSiteData(data);
  return {
    files: written.map((p) => p.file),
    pages: written.filter((p) => p.type === 'page').length,
    imagesMade,
    phases: { fetch, render, write: (performance.now() - mark) / 1000 },
  };
}
