import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../../lib/feeds';
import { newsOfProject, projectName, siteOf } from '../../../lib/data/queries';
import { siteData } from '../../../lib/data/site-data';
import { paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.projects.map((project) => ({ params: { slug: project.slug }, props: { project } }));
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
