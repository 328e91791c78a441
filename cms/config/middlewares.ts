import type { Core } from '@strapi/strapi';
import { FAVICON_PATH } from '../src/lib/favicon';
import { mediaOrigins } from '../src/lib/upload-storage';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // The admin shows uploads from the bucket (or its CDN) when they live in object storage;
  // otherwise Strapi's own policy as it is.
  mediaOrigins(env).length === 0
    ? 'strapi::security'
    : {
        name: 'strapi::security',
        config: {
          contentSecurityPolicy: {
            useDefaults: true,
            directives: {
              'connect-src': ["'self'", 'https:'],
              'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...mediaOrigins(env)],
              'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins(env)],
              upgradeInsecureRequests: null,
            },
          },
        },
      },
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // After the body parser, which hands over the uploaded files.
  'global::upload-errors',
  'strapi::session',
  // Drawn from the site's mark at start (src/lib/favicon.ts).
  { name: 'strapi::favicon', config: { path: FAVICON_PATH } },
  'strapi::public',
];

export default config;
