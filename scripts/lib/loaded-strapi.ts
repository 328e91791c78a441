// Strapi loaded inside this process from the CMS build, for maintenance commands (bulk loads, the
// media audit): it runs its usual bootstrap, serves nothing, and is shut down after `work`.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './paths.ts';

/** Requires a module as the CMS package resolves it (its dependencies, its build in cms/dist). */
export const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));

/** Loads Strapi with the environment of this process (DATABASE_*, PUBLIC_DIR ...), runs `work`, stops it. */
export async function withLoadedStrapi<T>(work: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  const { createStrapi } = requireFromCms('@strapi/strapi') as {
    createStrapi: (options: { appDir: string; distDir: string }) => Core.Strapi;
  };
  process.chdir(CMS_DIR);
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
  try {
    return await work(strapi);
  } finally {
    await strapi.destroy();
  }
}
