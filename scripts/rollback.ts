// `npm run rollback`: serves the previous build again (instant: a symlink swap).
import { die, step } from './lib/log.ts';
import { PUBLISHER_URL, publisherSecret, SITE_ROOT } from './lib/publisher-config.ts';
import { Releases } from './publisher/releases.ts';
import { SECRET_HEADER } from './publisher/server.ts';

try {
  const response = await fetch(`${PUBLISHER_URL}/rollback`, {
    method: 'POST',
    headers: { [SECRET_HEADER]: publisherSecret() },
  });
  const body = (await response.json()) as { current?: string; error?: string };
  if (!response.ok)
    die(
      'rollback',
      body.error ?? `publisher answered ${response.status}`,
      'check `npm start` is running from this checkout.',
    );
  step('rollback', `now serving ${body.current}`);
} catch (error) {
  if ((error as Error).name === 'AbortError') throw error;
  try {
    step('rollback', `now serving ${new Releases(SITE_ROOT).rollback()}`);
  } catch (inner) {
    die(
      'rollback',
      (inner as Error).message,
      'build the site at least twice (npm start, npm run publish) before rolling back.',
    );
  }
}
