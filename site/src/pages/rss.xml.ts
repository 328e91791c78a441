import type { APIContext } from 'astro';
import { articleFeed } from '../lib/feeds';
import { siteData } from '../lib/data/site-data';
import { siteOf } from '../lib/data/queries';
import { SITE_DESCRIPTION } from '../lib/site-constants';

export async function GET(context: APIContext) {
  const data = await siteData();
  return articleFeed(
    { site: siteOf(context), title: 'Tin mới nhất', description: SITE_DESCRIPTION, selfPath: '/rss.xml' },
    data.articles,
  );
}
