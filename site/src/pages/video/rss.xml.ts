import type { APIContext } from 'astro';
import { videoFeed } from '../../lib/feeds';
import { siteData } from '../../lib/data/site-data';
import { siteOf } from '../../lib/data/queries';

export async function GET(context: APIContext) {
  const data = await siteData();
  return videoFeed(
    {
      site: siteOf(context),
      title: 'Video',
      description: 'Phóng sự video của Hội Liên hiệp Phụ nữ các cấp.',
      selfPath: '/video/rss.xml',
    },
    data.videos,
  );
}
