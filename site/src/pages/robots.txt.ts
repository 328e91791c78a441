import type { APIContext } from 'astro';
import { SEARCH_API } from 'shared-types/search-api';
import { siteOf } from '../lib/data/queries';
import { paths } from '../lib/urls';

export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', siteOf(context)).href;
  const news = new URL(paths.newsSitemap, siteOf(context)).href;
  return new Response(
    `User-agent: *\nAllow: /\nDisallow: /tim-kiem/\nDisallow: ${SEARCH_API.search}\n\nSitemap: ${sitemap}\nSitemap: ${news}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
}
