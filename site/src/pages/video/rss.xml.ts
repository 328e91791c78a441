import type { APIContext } from 'astro';
import type { ContentTypeKey } from 'shared-types';
import { videoFeed } from '../../lib/feeds';
import { siteData, siteOf } from '../../lib/site-data';

/** What this feed shows: a fast render of an edit of anything else leaves it as it is. */
export const shows: readonly ContentTypeKey[] = ['video'];

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
