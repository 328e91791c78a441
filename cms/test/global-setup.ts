import type { TestProject } from 'vitest/node';
import { startTestStrapi, type TestDatabase, type TestStrapiInfo } from 'test-harness/test-strapi';

declare module 'vitest' {
  export interface ProvidedContext {
    strapi: TestStrapiInfo;
  }
}

/** Starts one seeded Strapi on a throw-away database for this project's tests. */
export default async function setup(project: TestProject) {
  const database = (project.config.env?.TEST_DB ?? 'sqlite') as TestDatabase;
  const strapi = await startTestStrapi(database);
  const { url, token, adminEmail, adminPassword, env } = strapi;
  project.provide('strapi', { url, token, adminEmail, adminPassword, database, env });
  return () => strapi.destroy();
}
