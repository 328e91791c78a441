import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_TYPES, SINGLE_TYPES, type ContentTypeKey, type SingleTypeKey } from 'shared-types';
import { strapiLoader, strapiSingleLoader } from './lib/data/strapi-loader';

// One collection per Strapi content type; schemas come from shared-types, generated from Strapi.
// CONTENT_DIR (set by `npm run bench` for its floor measurement, and by the type check) builds
// the same site from local files instead: Markdown for articles, JSON for the rest, no Strapi.
const localDir = process.env.CONTENT_DIR;

function collection<S extends z.ZodObject>(schema: S, key: ContentTypeKey, fileName: string) {
  return defineCollection({
    loader: localDir ? file(`${localDir}/${fileName}.json`) : strapiLoader(key),
    schema,
  });
}

/** The loader of a single type (one entry: the settings, the menu). */
function singleLoader(key: SingleTypeKey, fileName: string) {
  return localDir ? file(`${localDir}/${fileName}.json`) : strapiSingleLoader(key);
}

export const collections = {
  articles: localDir
    ? defineCollection({
        loader: glob({ pattern: '*.md', base: `${localDir}/articles` }),
        schema: CONTENT_TYPES.article.schema.omit({ body: true }),
      })
    : defineCollection({ loader: strapiLoader('article'), schema: CONTENT_TYPES.article.schema }),
  organisations: collection(CONTENT_TYPES.organisation.schema, 'organisation', 'organisations'),
  pledges: collection(CONTENT_TYPES.emulationPledge.schema, 'emulationPledge', 'pledges'),
  projects: collection(CONTENT_TYPES.project.schema, 'project', 'projects'),
  videos: collection(CONTENT_TYPES.video.schema, 'video', 'videos'),
  pages: collection(CONTENT_TYPES.page.schema, 'page', 'pages'),
  documents: collection(CONTENT_TYPES.legalDocument.schema, 'legalDocument', 'documents'),
  leaders: collection(CONTENT_TYPES.leader.schema, 'leader', 'leaders'),
  tags: collection(CONTENT_TYPES.tag.schema, 'tag', 'tags'),
  settings: defineCollection({
    loader: singleLoader('siteSetting', 'settings'),
    schema: SINGLE_TYPES.siteSetting.schema,
  }),
  menu: defineCollection({ loader: singleLoader('menu', 'menu'), schema: SINGLE_TYPES.menu.schema }),
};
