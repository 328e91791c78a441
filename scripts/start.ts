// `npm start`: builds what is stale, starts Strapi on SQLite with the demo content, starts the
// publisher (webhook receiver + static server), builds the site, and prints both URLs.
import path from 'node:path';
import { localCmsEnv } from './lib/strapi/cms-env.ts';
import { die, since, step } from './lib/log.ts';
import {
  CMS_PORT,
  firstBuild,
  localPublisher,
  PREVIEW_URL,
  PUBLISHER_PORT,
  PUBLISHER_URL,
  publisherSecret,
  SITE_PORT,
  startService,
} from 'publisher';
import { LOG_DIR } from './lib/paths.ts';
import { buildCms, startStrapi } from './lib/strapi/strapi.ts';

const SITE_URL = process.env.SITE_URL ?? `http://localhost:${SITE_PORT}`;

async function main() {
  const started = performance.now();
  const secret = publisherSecret();
  try {
    buildCms();
  } catch (error) {
    die('cms', (error as Error).message, 'fix the build error above and run `npm start` again.');
  }

  step('cms', `starting Strapi on port ${CMS_PORT} (log: ${path.join(LOG_DIR, 'strapi.log')}) ...`);
  const strapi = await startStrapi({
    port: CMS_PORT,
    env: { ...localCmsEnv(), HOST: process.env.HOST ?? '0.0.0.0' },
    logFile: path.join(LOG_DIR, 'strapi.log'),
    echo: true,
  }).catch((error: Error) =>
    die(
      'cms',
      error.message,
      `is port ${CMS_PORT} already in use (another npm start)? Stop it or set CMS_PORT, then run again.`,
    ),
  );
  step('cms', `Strapi ready in ${strapi.startSeconds.toFixed(1)} s`);

  const strapiUrl = `http://127.0.0.1:${CMS_PORT}`;
  const publisher = localPublisher(strapiUrl, SITE_URL);
  const service = await startService(publisher, { secret }).catch(async (error: Error) => {
    await strapi.stop();
    return die(
      'publisher',
      error.message,
      `ports ${SITE_PORT}/${PUBLISHER_PORT} are taken: stop the other process or set SITE_PORT/PUBLISHER_PORT.`,
    );
  });
  if (publisher.status.current)
    step('publisher', `serving the last good build (${publisher.status.current}) while the new one builds`);

  step('site', 'building the site (fetch from Strapi, render, images, search index) ...');
  const first = await firstBuild(publisher);
  if (first.result === 'failed' && !publisher.status.current) {
    await strapi.stop();
    die(
      'site',
      `the first site build failed: ${first.error}`,
      'read the error above, fix it, and run `npm start` again.',
    );
  }

  console.log(`\n  Site:            http://localhost:${SITE_PORT}/`);
  console.log(`  Admin (Strapi):  http://localhost:${CMS_PORT}/admin`);
  console.log(`  Publisher:       ${PUBLISHER_URL}/status`);
  console.log(`  Preview:         ${PREVIEW_URL} (opened by "Xem trước" in the admin)\n`);
  step('start', `all up in ${since(started)}; publishing in the admin rebuilds the site. Ctrl-C stops.`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    step('start', 'stopping ...');
    await service.close();
    await strapi.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  strapi.process.once('exit', (code) => {
    // Stopped by Ctrl-C (the terminal signals Strapi too) or by the shutdown above: expected.
    if (!stopping)
      die('cms', `Strapi stopped unexpectedly (exit ${code}).`, `read ${path.join(LOG_DIR, 'strapi.log')}.`);
  });
}

await main();
