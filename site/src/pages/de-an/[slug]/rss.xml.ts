import type { APIContext } from 'astro';
import type { Project } from 'shared-types';
import { articleFeed } from '../../../lib/feeds';
import { onlyAffected } from '../../../lib/partial';
import { projectName, shownOnProject, siteData } from '../../../lib/site-data';
import { paths } from '../../../lib/urls';

export async function getStaticPaths() {
  const data = await siteData();
  const routes = data.projects.map((project) => ({ params: { slug: project.slug }, props: { project } }));
  return onlyAffected(routes, ({ props }) => shownOnProject(data, props.project));
}

export async function GET(context: APIContext) {
  const { project } = context.props as { project: Project };
  const data = await siteData();
  return articleFeed(
    {
      site: context.site!,
      title: projectName(project),
      description: `Tin bài về ${projectName(project)}.`,
      selfPath: paths.projectFeed(project.slug),
    },
    data.articlesOf.get(project.documentId) ?? [],
  );
}
