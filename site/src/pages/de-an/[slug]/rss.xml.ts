import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed, FEED_SIZE } from '../../../lib/feeds';
import { onlyAffected } from '../../../lib/partial';
import { newsOfProject, newsShownOnProject, projectName, siteData, siteOf } from '../../../lib/site-data';
import { paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const data = await siteData();
  const routes = data.projects.map((project) => ({ params: { slug: project.slug }, props: { project } }));
  return onlyAffected(routes, ({ props }) => [
    props.project.documentId,
    ...newsShownOnProject(data, props.project, FEED_SIZE),
  ]);
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET(context: APIContext<Props>) {
  const { project } = context.props;
  const data = await siteData();
  return articleFeed(
    {
      site: siteOf(context),
      title: projectName(project),
      description: `Tin bài về ${projectName(project)}.`,
      selfPath: paths.projectFeed(project.slug),
    },
    newsOfProject(data, project),
  );
}
