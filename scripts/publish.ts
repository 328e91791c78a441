// `npm run publish`: rebuilds the site now. Asks the running publisher (npm start) when there is
// one; otherwise builds and swaps in directly against STRAPI_URL.
import { localPublisher, PUBLISHER_URL, publisherSecret, SECRET_HEADER, type BuildRecord } from 'publisher';
import { die, step } from './lib/log.ts';

/** True when nothing listens on the publisher's port (so there is no running publisher to ask). */
function nobodyListening(error: unknown): boolean {
  return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
}

async function viaRunningPublisher(): Promise<BuildRecord | null> {
  let response: Response;
  try {
    response = await fetch(`${PUBLISHER_URL}/build`, {
      method: 'POST',
      headers: { [SECRET_HEADER]: publisherSecret() },
    });
  } catch (error) {
    if (nobodyListening(error)) return null;
    return die(
      'publish',
      `the publisher at ${PUBLISHER_URL} did not answer: ${(error as Error).message}`,
      'restart it.',
    );
  }
  if (response.status === 401)
    die(
      'publish',
      'the running publisher refused the secret',
      'run from the same checkout as `npm start`, or set PUBLISHER_SECRET.',
    );
  if (!response.ok)
    die('publish', `the publisher answered ${response.status}: ${await response.text()}`, 'read its log.');
  return (await response.json()) as BuildRecord;
}

step('publish', 'rebuilding the site ...');
const record = (await viaRunningPublisher()) ?? (await localPublisher().buildNow('manual (npm run publish)'));
if (record.result === 'failed')
  die(
    'publish',
    `build failed: ${record.error}`,
    'the previous site is still online; fix the cause (is Strapi running?) and run again.',
  );
step('publish', `done: ${record.result}, ${record.seconds.toFixed(1)} s`);
