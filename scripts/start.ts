// `npm start`: builds what is stale, starts Strapi on SQLite with the demo content, builds and
// serves the site, and prints both URLs. Ctrl-C stops everything.
import path from 'node:path';
import { ensureCmsSecrets } from './lib/cms-env.ts';
import { die, since, step } from './lib/log.ts';
import { LOG_DIR, SITE_TOKEN_FILE } from './lib/paths.ts';
import { buildCms, startStrapi } from './lib/strapi.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);

async function main() {
  const started = performance.now();
  const secrets = ensureCmsSecrets();
  try {
    buildCms();
  } catch (error) {
    die('cms', (error as Error).message, 'fix the build error above and run `npm start` again.');
  }

  step('cms', `starting Strapi on port ${CMS_PORT} (log: ${path.join(LOG_DIR, 'strapi.log')}) ...`);
  const strapi = await startStrapi({
    port: CMS_PORT,
    env: {
      ...secrets,
      HOST: process.env.HOST ?? '0.0.0.0',
      SEED_DEMO_CONTENT: process.env.SEED_DEMO_CONTENT ?? 'true',
      SITE_TOKEN_FILE,
    },
    logFile: path.join(LOG_DIR, 'strapi.log'),
    echo: true,
  }).catch((error: Error) =>
    die('cms', error.message, `is port ${CMS_PORT} already in use (another npm start)? Stop it or set CMS_PORT, then run again.`),
  );
  step('cms', `Strapi ready in ${strapi.startSeconds.toFixed(1)} s`);

  const adminUrl = `http://localhost:${CMS_PORT}/admin`;
  console.log(`\n  Admin (Strapi):  ${adminUrl}\n`);
  step('start', `all up in ${since(started)}; press Ctrl-C to stop`);

  const shutdown = async () => {
    step('start', 'stopping ...');
    await strapi.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  strapi.process.once('exit', (code) => die('cms', `Strapi stopped unexpectedly (exit ${code}).`, `read ${path.join(LOG_DIR, 'strapi.log')}.`));
}

await main();
