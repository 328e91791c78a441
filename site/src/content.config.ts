import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_TYPES } from 'shared-types';
import { strapiLoader } from './lib/strapi-loader';

// One collection per Strapi content type; schemas come from shared-types, generated from Strapi.
// CONTENT_DIR (set by `npm run bench` for its floor measurement) builds the same site from
// exported local files instead: Markdown for articles, JSON for the rest, no Strapi.
const localDir = process.env.CONTENT_DIR;

function collection(key: Exclude<keyof typeof CONTENT_TYPES, 'article'>, fileName: string) {
  return localDir
    ? defineCollection({ loader: file(`${localDir}/${fileName}.json`), schema: CONTENT_TYPES[key].schema })
    : defineCollection({ loader: strapiLoader(key) });
}

export const collections = {
  articles: localDir
    ? defineCollection({ loader: glob({ pattern: '*.md', base: `${localDir}/articles` }), schema: CONTENT_TYPES.article.schema.omit({ body: true }) })
    : defineCollection({ loader: strapiLoader('article') }),
  organisations: collection('organisation', 'organisations'),
  pledges: collection('emulationPledge', 'pledges'),
  projects: collection('project', 'projects'),
  videos: collection('video', 'videos'),
  tags: collection('tag', 'tags'),
};
