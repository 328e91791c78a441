// `npm run publisher`: the publisher alone, against any Strapi. Reads STRAPI_URL, STRAPI_TOKEN (or
// the token file the CMS writes), SITE_URL, PUBLISHER_SECRET and the ports from the environment,
// serves the last good site, builds once, then rebuilds on every webhook until stopped.
import { die, strapiUrl } from 'shared-types/runtime';
import { PREVIEW_URL, PUBLISHER_URL, publisherSecret, SITE_PORT } from './config.ts';
import { localPublisher } from './local-publisher.ts';
import { firstBuild, startService } from './service.ts';

const fail = (message: string, hint: string) => die('publisher', message, hint);

const publisher = localPublisher();
const service = await startService(publisher, { secret: publisherSecret() }).catch((error: Error) =>
  fail(
    error.message,
    'another publisher (npm start?) holds the ports: stop it or set SITE_PORT/PUBLISHER_PORT.',
  ),
);
console.log(`[publisher] reading content from ${strapiUrl()}`);
if (publisher.status.current)
  console.log(`[publisher] serving the last good build (${publisher.status.current})`);
const first = await firstBuild(publisher);
if (first.result === 'failed' && !publisher.status.current) {
  await service.close();
  fail(
    `the first build failed: ${first.error}`,
    'check STRAPI_URL and the token (STRAPI_TOKEN), then start again.',
  );
}
console.log(`\n  Site:       http://localhost:${SITE_PORT}/`);
console.log(`  Publisher:  ${PUBLISHER_URL}/status (webhook: POST ${PUBLISHER_URL}/webhook)`);
console.log(`  Preview:    ${PREVIEW_URL} (the CMS needs PREVIEW_URL and PREVIEW_SECRET)\n`);

const stop = async () => {
  console.log('[publisher] stopping ...');
  await service.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
