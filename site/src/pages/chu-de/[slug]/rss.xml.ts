import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../../lib/feeds';
import { onlyAffected } from '../../../lib/partial';
import { siteData, siteOf, topicsWithNews } from '../../../lib/site-data';
import { paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const routes = topicsWithNews(await siteData()).map(({ tag, news }) => ({
    params: { slug: tag.slug },
    props: { tag, news },
  }));
  return onlyAffected(routes, ({ props }) => [props.tag.documentId, ...props.news.map((a) => a.documentId)]);
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
