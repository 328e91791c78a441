import type { APIContext } from 'astro';
import type { Organisation } from 'shared-types';
import { articleFeed } from '../../../lib/feeds';
import { onlyAffected } from '../../../lib/partial';
import { newsOfOrganisationTree, shownOnOrganisation, siteData } from '../../../lib/site-data';
import { paths } from '../../../lib/urls';

export async function getStaticPaths() {
  const data = await siteData();
  const routes = data.organisations.map((organisation) => ({
    params: { slug: organisation.slug },
    props: { organisation },
  }));
  return onlyAffected(routes, ({ props }) => shownOnOrganisation(data, props.organisation));
}

export async function GET(context: APIContext) {
  const { organisation } = context.props as { organisation: Organisation };
  const data = await siteData();
  return articleFeed(
    {
      site: context.site!,
      title: organisation.name,
      description: `Tin bài của ${organisation.name} và các đơn vị trực thuộc.`,
      selfPath: paths.organisationFeed(organisation.slug),
    },
    newsOfOrganisationTree(data, organisation),
  );
}
