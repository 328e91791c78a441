import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../../lib/feeds';
import { siteData } from '../../../lib/data/site-data';
import { siteOf, topicsWithNews } from '../../../lib/data/queries';
import { paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  return topicsWithNews(await siteData()).map(({ tag, news }) => ({
    params: { slug: tag.slug },
    props: { tag, news },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export function GET(context: APIContext<Props>) {
  const { tag, news } = context.props;
  return articleFeed(
    {
      site: siteOf(context),
      title: `Chủ đề: ${tag.name}`,
      description: `Tin tức của Hội Liên hiệp Phụ nữ về ${tag.name}.`,
      selfPath: paths.topicFeed(tag.slug),
    },
    news,
  );
}
