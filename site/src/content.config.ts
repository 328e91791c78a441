import { defineCollection } from 'astro:content';
import { strapiLoader } from './lib/strapi-loader';

// One collection per Strapi content type; schemas come from shared-types, generated from Strapi.
export const collections = {
  articles: defineCollection({ loader: strapiLoader('article') }),
  organisations: defineCollection({ loader: strapiLoader('organisation') }),
  pledges: defineCollection({ loader: strapiLoader('emulationPledge') }),
  projects: defineCollection({ loader: strapiLoader('project') }),
  videos: defineCollection({ loader: strapiLoader('video') }),
  tags: defineCollection({ loader: strapiLoader('tag') }),
};
