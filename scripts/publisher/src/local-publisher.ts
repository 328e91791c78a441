// The publisher of this install, as npm start, npm run publisher and npm run publish make it.
import { dataDir, siteToken, siteTokenFile, strapiUrl } from 'shared-types/runtime';
import { siteRoot } from './config.ts';
import { Publisher, type PublisherOptions } from './publisher.ts';

/** The publisher of this install: releases in .data/site, builds reading `strapi` with the site token. */
export function localPublisher(
  strapi = strapiUrl(),
  siteUrl = process.env.SITE_URL,
  options: Partial<PublisherOptions> = {},
): Publisher {
  return new Publisher({
    root: siteRoot(),
    strapiUrl: strapi,
    token: siteToken,
    buildEnv: {
      STRAPI_URL: strapi,
      SITE_TOKEN_FILE: siteTokenFile(),
      DATA_DIR: dataDir(),
      ...(siteUrl ? { SITE_URL: siteUrl } : {}),
    },
    ...options,
  });
}
