// Strapi loaded inside this process from the CMS build, for maintenance commands (bulk loads, the
// media audit): it runs its usual bootstrap, serves nothing, and is shut down after `work`.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from '../paths.ts';

/** Requires a module as the CMS package resolves it (its dependencies, its build in cms/dist). */
export const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));

/** Loads Strapi with the environment of this process (DATABASE_*, PUBLIC_DIR ...), runs `work`, stops it. */
export async function withLoadedStrapi<T>(work: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  const { createStrapi } = requireFromCms('@strapi/strapi') as {
    createStrapi: (options: { appDir: string; distDir: string }) => Core.Strapi;
  };
  process.chdir(CMS_DIR);
  process.env.BACKGROUND_TASKS = 'false';
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
  try {
    return await work(strapi);
  } finally {
    await settle(strapi);
    await strapi.destroy();
  }
}

/**
 * Waits (at most 10 s) until no query waits for a database connection: Strapi's event listeners
 * keep working after the last awaited call, and shutting the pool under them aborts the process.
 */
async function settle(strapi: Core.Strapi) {
  const pool = (strapi.db.connection.client as { pool?: { numPendingAcquires(): number; numUsed(): number } })
    .pool;
  for (let waited = 0; pool && waited < 10_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (pool.numPendingAcquires() === 0 && pool.numUsed() === 0) return;
  }
}
