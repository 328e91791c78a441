import type { APIContext } from 'astro';
import { documentFeed } from '../../lib/feeds';
import { siteData } from '../../lib/data/site-data';
import { siteOf } from '../../lib/data/queries';
import { paths } from '../../lib/urls';

export async function GET(context: APIContext) {
  const data = await siteData();
  return documentFeed(
    {
      site: siteOf(context),
      title: 'Văn bản',
      description:
        'Nghị quyết, chỉ thị, kế hoạch, hướng dẫn và các văn bản khác của Hội Liên hiệp Phụ nữ các cấp.',
      selfPath: paths.documentFeed,
    },
    data.documents,
  );
}
