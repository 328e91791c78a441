// The sitemap of a release brought up to date with its pages, as @astrojs/sitemap writes it after a
// full build: every page's address but those `inSitemap` leaves out, sorted as it sorts them, in
// files of at most 45,000, under the index. Used after a fast edit, whose pages are new or changed
// files over a copy of the live release: a page added by the edit gets listed within seconds.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inSitemap } from 'shared-types/runtime';
import { inSearchShard } from './search-db.ts';

/** @astrojs/sitemap's default `entryLimit`. */
const ENTRY_LIMIT = 45_000;
const INDEX_FILE = 'sitemap-index.xml';

/** The address of a page file of a release (format 'directory'), or null for a file that is no page. */
function addressOf(file: string, site: string): string | null {
  if (!file.endsWith('.html') || /^(_server|_astro)\//.test(file) || inSearchShard(file)) return null;
  const page = file === '404.html' ? '404/' : file.replace(/(^|\/)index\.html$/, '$1');
  return new URL(page, site).href;
}

/** The address of each page of a release, from its files. */
export function pageAddresses(dir: string, site: string): string[] {
  const addresses: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const address = addressOf(path.relative(dir, path.join(entry.parentPath, entry.name)), site);
    if (address) addresses.push(address);
  }
  return addresses;
}

/** Writes a file anew (never into a file hard-linked from another release). */
function rewrite(file: string, text: string) {
  rmSync(file, { force: true });
  writeFileSync(file, text);
}

/** The header of a sitemap file as the build wrote it, up to its first entry. */
function headerOf(xml: string, tag: string): string {
  const at = xml.indexOf(`<${tag}>`);
  if (at < 0) throw new Error(`no <${tag}> in the sitemap to take its header from`);
  return xml.slice(0, at);
}

/** Whether the sitemap lists every page of `files` it should (its files read, not the release's tree). */
function listsAll(dir: string, first: string, files: string[], site: string): boolean {
  let listed = first;
  for (let i = 1; existsSync(path.join(dir, `sitemap-${i}.xml`)); i++)
    listed += readFileSync(path.join(dir, `sitemap-${i}.xml`), 'utf8');
  return files.every((file) => {
    const address = addressOf(file, site);
    return !address || !inSitemap(address) || listed.includes(`<loc>${address}</loc>`);
  });
}

/**
 * Lists the release's pages in its sitemap; returns the files it wrote or removed (none when every
 * page was listed). The site's address and the files' headers come from the sitemap the build wrote.
 * With `pages` (the pages changed since the sitemap was whole; a fast edit never removes one),
 * the release's files are walked only when one of those is not listed yet.
 */
export function refreshSitemap(dir: string, pages?: string[]): string[] {
  const { site, first } = sitemapOf(dir);
  if (pages && listsAll(dir, first, pages, site)) return [];
  const urls = pageAddresses(dir, site)
    .filter(inSitemap)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return writeSitemap(dir, urls);
}

/**
 * Takes the pages of `removed` (files relative to the release, gone from it) out of its sitemap,
 * from the addresses the sitemap lists: no walk of the release. Returns the files it wrote.
 */
export function unlistFromSitemap(dir: string, removed: string[]): string[] {
  const { site } = sitemapOf(dir);
  const gone = new Set(removed.map((file) => addressOf(file, site)).filter((address) => address !== null));
  if (gone.size === 0) return [];
  const listed: string[] = [];
  for (let i = 0; existsSync(path.join(dir, `sitemap-${i}.xml`)); i++)
    for (const [, url] of readFileSync(path.join(dir, `sitemap-${i}.xml`), 'utf8').matchAll(
      /<loc>([^<]+)<\/loc>/g,
    ))
      listed.push(url!);
  const urls = listed.filter((url) => !gone.has(url));
  return urls.length === listed.length ? [] : writeSitemap(dir, urls);
}

/** The site's address and the first sitemap file, as the build wrote them. */
function sitemapOf(dir: string): { site: string; first: string; indexXml: string } {
  const indexXml = readFileSync(path.join(dir, INDEX_FILE), 'utf8');
  const first = readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8');
  const firstLoc = /<loc>([^<]+)<\/loc>/.exec(indexXml)?.[1];
  if (!firstLoc) throw new Error(`${INDEX_FILE} lists no sitemap`);
  return { site: new URL('/', firstLoc).href, first, indexXml };
}

/** Writes the sitemap of `urls` (sorted) as @astrojs/sitemap does; returns the files it wrote or removed. */
function writeSitemap(dir: string, urls: string[]): string[] {
  const { site, first, indexXml } = sitemapOf(dir);
  const files: string[] = [];
  for (let i = 0; i * ENTRY_LIMIT < urls.length; i++) {
    const chunk = urls.slice(i * ENTRY_LIMIT, (i + 1) * ENTRY_LIMIT);
    files.push(
      `${headerOf(first, 'url')}${chunk.map((url) => `<url><loc>${url}</loc></url>`).join('')}</urlset>`,
    );
  }
  const changed = files.some((xml, i) => {
    const file = path.join(dir, `sitemap-${i}.xml`);
    return !existsSync(file) || readFileSync(file, 'utf8') !== xml;
  });
  if (!changed && !existsSync(path.join(dir, `sitemap-${files.length}.xml`))) return [];
  const touched: string[] = [];
  for (const [i, xml] of files.entries()) {
    rewrite(path.join(dir, `sitemap-${i}.xml`), xml);
    touched.push(`sitemap-${i}.xml`);
  }
  for (let i = files.length; existsSync(path.join(dir, `sitemap-${i}.xml`)); i++) {
    rmSync(path.join(dir, `sitemap-${i}.xml`));
    touched.push(`sitemap-${i}.xml`);
  }
  const entries = files.map(
    (_, i) => `<sitemap><loc>${new URL(`sitemap-${i}.xml`, site).href}</loc></sitemap>`,
  );
  rewrite(path.join(dir, INDEX_FILE), `${headerOf(indexXml, 'sitemap')}${entries.join('')}</sitemapindex>`);
  return [...touched, INDEX_FILE];
}
