// Google News sitemap: the articles of the last two days by their editorial date (Google takes
// no older ones, at most 1,000), with the publication's name and language.
import type { APIContext } from 'astro';
import { siteData } from '../lib/data/site-data';
import { siteName, siteOf } from '../lib/data/queries';
import { paths } from '../lib/urls';

const WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const MAX_URLS = 1000;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function GET(context: APIContext) {
  const site = siteOf(context);
  const since = Date.now() - WINDOW_MS;
  const data = await siteData();
  const name = escapeXml(siteName(data));
  // Newest first (data.articles' order): the walk stops at the first article older than the window.
  const recent: typeof data.articles = [];
  for (const article of data.articles) {
    const time = new Date(article.date).getTime();
    if (time < since || recent.length === MAX_URLS) break;
    if (time <= Date.now() + WINDOW_MS) recent.push(article);
  }
  const urls = recent.map(
    (article) =>
      `<url><loc>${new URL(paths.article(article.slug), site).href}</loc><news:news>` +
      `<news:publication><news:name>${name}</news:name><news:language>vi</news:language>` +
      `</news:publication><news:publication_date>${new Date(article.date).toISOString()}</news:publication_date>` +
      `<news:title>${escapeXml(article.title)}</news:title></news:news></url>`,
  );
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    `${urls.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
