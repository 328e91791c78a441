// `npm run rollback`: serves the previous build again (instant: a symlink swap).
import { PUBLISHER_URL, publisherSecret, Releases, SECRET_HEADER, siteRoot } from 'publisher';
import { die, step } from './lib/log.ts';

let response: Response | null = null;
try {
  response = await fetch(`${PUBLISHER_URL}/rollback`, {
    method: 'POST',
    headers: { [SECRET_HEADER]: publisherSecret() },
  });
} catch (error) {
  if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNREFUSED') throw error;
}
if (response) {
  const body = (await response.json()) as { current?: string; error?: string };
  if (!response.ok)
    die(
      'rollback',
      body.error ?? `publisher answered ${response.status}`,
      'check `npm start` runs from this checkout.',
    );
  step('rollback', `now serving ${body.current}`);
} else {
  // No publisher running: swap the links directly.
  try {
    step('rollback', `now serving ${new Releases(siteRoot()).rollback()}`);
  } catch (inner) {
    die(
      'rollback',
      (inner as Error).message,
      'build the site at least twice (npm start, npm run publish) first.',
    );
  }
}
