import { defineConfig } from 'vitest/config';

const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Projects: fast unit tests, then the CMS suite against a real Strapi on SQLite and on PostgreSQL. */
const cmsProject = (database: 'sqlite' | 'postgres') => ({
  test: {
    name: `cms-${database}`,
    include: ['cms/test/**/*.test.ts'],
    // cms/test/postgres/ starts Strapi instances of its own on PostgreSQL (two on one database). With
    // PostgreSQL, its backup test also restores into SQLite and backs up from it: not done twice.
    exclude: [
      '**/node_modules/**',
      ...(database === 'postgres' ? [] : ['cms/test/postgres/**']),
      // The admin walked in a browser runs on a Strapi of its own (SQLite): once is enough.
      ...(database === 'postgres' ? ['cms/test/admin-language.test.ts'] : []),
      ...(database === 'sqlite' && withPostgres ? ['cms/test/backup.test.ts'] : []),
    ],
    globalSetup: ['cms/test/global-setup.ts'],
    env: { TEST_DB: database },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One Strapi per project: its tests share it, in one worker.
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'scripts/**/*.test.ts',
            'shared-types/**/*.test.ts',
            'cms/src/**/*.test.ts',
            'site/src/**/*.test.ts',
          ],
          exclude: ['scripts/publisher/**', 'scripts/bench/bench.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['site/test/**/*.test.ts', 'scripts/bench/bench.test.ts'],
          globalSetup: ['site/test/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Astro builds and browsers are heavy: one file at a time (2 cores).
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'publisher',
          // Unit tests beside the code (fake timers, fake builds), then the service end to end.
          include: ['scripts/publisher/**/*.test.ts'],
          // test/postgres/: Strapi instances on PostgreSQL (TEST_DATABASE_URL).
          exclude: ['**/node_modules/**', ...(withPostgres ? [] : ['scripts/publisher/test/postgres/**'])],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          // Its end-to-end tests build the site: a group of its own, never beside another build (the
          // projects without file parallelism run last, one file at a time, in Vitest's sequential group).
          sequence: { groupOrder: 1 },
        },
      },
      cmsProject('sqlite'),
      ...(withPostgres ? [cmsProject('postgres')] : []),
    ],
  },
});
