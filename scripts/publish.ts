// `npm run publish`: rebuilds the site now. Asks the running publisher (npm start) when there is
// one; otherwise builds and swaps in directly against STRAPI_URL.
import { step, die } from './lib/log.ts';
import { localPublisher, PUBLISHER_URL, publisherSecret } from './lib/publisher-config.ts';
import type { BuildRecord } from './publisher/publisher.ts';
import { SECRET_HEADER } from './publisher/server.ts';

async function viaRunningPublisher(): Promise<BuildRecord | null> {
  try {
    const response = await fetch(`${PUBLISHER_URL}/build`, {
      method: 'POST',
      headers: { [SECRET_HEADER]: publisherSecret() },
    });
    if (response.status === 401)
      die(
        'publish',
        'the running publisher refused the secret',
        'run from the same checkout as `npm start`, or set PUBLISHER_SECRET.',
      );
    return (await response.json()) as BuildRecord;
  } catch {
    return null;
  }
}

step('publish', 'rebuilding the site ...');
const record =
  (await viaRunningPublisher()) ??
  (await localPublisher(process.env.STRAPI_URL ?? 'http://127.0.0.1:1337', process.env.SITE_URL).buildNow(
    'manual (npm run publish)',
  ));
if (record.result === 'failed')
  die(
    'publish',
    `build failed: ${record.error}`,
    'the previous site is still online; fix the cause (is Strapi running?) and run again.',
  );
step('publish', `done: ${record.result}, ${record.seconds.toFixed(1)} s`);
