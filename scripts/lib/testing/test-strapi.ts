// A real Strapi for tests: own port, own temporary database (SQLite file or a fresh PostgreSQL
// database), own uploads folder and secrets, so tests never touch `npm start`'s instance.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateSecrets } from '../strapi/cms-env.ts';
import { freePort, startStrapi, type RunningStrapi } from '../strapi/strapi.ts';

export type TestDatabase = 'sqlite' | 'postgres';

export interface TestStrapiInfo {
  url: string;
  token: string;
  adminEmail: string;
  adminPassword: string;
  database: TestDatabase;
  /** The environment it runs with (database, uploads folder, secrets), for commands on the same install. */
  env: Record<string, string>;
}

export interface TestStrapi extends TestStrapiInfo {
  instance: RunningStrapi;
  /** The folder whose uploads/ holds this Strapi's uploaded files. */
  publicDir: string;
  /** Everything this Strapi printed, across restarts. */
  logFile: string;
  /** Stops Strapi; keeps the database so a restart sees the same data. */
  stop(): Promise<void>;
  /** Starts it again on the same database (the seed runs again). */
  restart(): Promise<void>;
  /** Stops it and removes the database and files. */
  destroy(): Promise<void>;
  /**
   * Another Strapi process on the same database, uploads and secrets, on a port of its own (as
   * behind a load balancer); its output goes to `logFile`. Stop it before `destroy()`.
   */
  another(logFile: string): Promise<RunningStrapi>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** How often a test Strapi's scheduler looks at the schedule (SCHEDULER_INTERVAL_SECONDS). */
export const TEST_SCHEDULER_INTERVAL_SECONDS = 2;

/** Starts a seeded Strapi on a throw-away database. */
export async function startTestStrapi(
  database: TestDatabase,
  options: {
    seed?: boolean;
    env?: Record<string, string>;
    echo?: boolean;
    timeoutMs?: number;
    /** Runs once the database exists, before Strapi starts, with Strapi's environment (bulk loads). */
    prepare?: (env: Record<string, string>) => Promise<void>;
  } = {},
): Promise<TestStrapi> {
  const dir = mkdtempSync(path.join(tmpdir(), `wup-strapi-${database}-`));
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  const adminEmail = 'editor@example.com';
  const adminPassword = `Test-${randomBytes(6).toString('hex')}-1A`;
  const env: Record<string, string> = {
    ...generateSecrets(),
    PUBLIC_DIR: path.join(dir, 'public'),
    SITE_TOKEN_FILE: path.join(dir, 'site-token'),
    STRAPI_ADMIN_EMAIL: adminEmail,
    STRAPI_ADMIN_PASSWORD: adminPassword,
    SEED_DEMO_CONTENT: String(options.seed ?? true),
    SERVE_ADMIN: 'false',
    ADMIN_RATE_LIMIT: 'false',
    // A test of a scheduled entry waits a few looks at the schedule, not tens of seconds.
    SCHEDULER_INTERVAL_SECONDS: String(TEST_SCHEDULER_INTERVAL_SECONDS),
    ...options.env,
  };

  let dropDatabase = async () => {};
  if (database === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base)
      throw new Error(
        'TEST_DATABASE_URL is not set: PostgreSQL tests need it (e.g. postgres://postgres@127.0.0.1:5432/test).',
      );
    const name = `wup_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(base, `CREATE DATABASE ${name}`);
    dropDatabase = () => adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    Object.assign(env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: withDatabase(base, name),
      DATABASE_POOL_MIN: '0',
    });
  } else {
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') });
  }

  const port = await freePort();
  await options.prepare?.(env).catch(async (error: unknown) => {
    await dropDatabase();
    throw error;
  });
  const launch = (on = port, logFile = path.join(dir, 'strapi.log')) =>
    startStrapi({
      port: on,
      env,
      logFile,
      timeoutMs: options.timeoutMs ?? 240_000,
      echo: options.echo ?? false,
    });
  const handle: TestStrapi = {
    url: `http://127.0.0.1:${port}`,
    token: '',
    adminEmail,
    adminPassword,
    database,
    env,
    publicDir: path.join(dir, 'public'),
    logFile: path.join(dir, 'strapi.log'),
    instance: await launch().catch(async (error) => {
      await dropDatabase();
      throw error;
    }),
    stop: () => handle.instance.stop(),
    another: async (logFile) => launch(await freePort(), logFile),
    async restart() {
      await handle.instance.stop();
      handle.instance = await launch();
    },
    async destroy() {
      await handle.instance.stop();
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  handle.token = readFileSync(env.SITE_TOKEN_FILE!, 'utf8').trim();
  return handle;
}
