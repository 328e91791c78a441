import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../../lib/feeds';
import { FEED_SIZE } from '../../../lib/site-constants';
import { newsOfOrganisationTree, siteOf } from '../../../lib/data/queries';
import { siteData } from '../../../lib/data/site-data';
import { paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.organisations.map((organisation) => ({
    params: { slug: organisation.slug },
    props: { organisation },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET(context: APIContext<Props>) {
  const { organisation } = context.props;
  const data = await siteData();
  return articleFeed(
    {
      site: siteOf(context),
      title: organisation.name,
      description: `Tin bài của ${organisation.name} và các đơn vị trực thuộc.`,
      selfPath: paths.organisationFeed(organisation.slug),
    },
    newsOfOrganisationTree(data, organisation, FEED_SIZE),
  );
}
