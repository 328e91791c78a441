import type { Core } from '@strapi/strapi';
import { previewUrl } from '../src/lib/preview-token';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // Tests run Strapi without the admin bundle; editors always get it.
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  rateLimit: {
    enabled: env.bool('ADMIN_RATE_LIMIT', true),
  },
  // "Xem trước" opens the site's resident renderer (PREVIEW_URL, the publisher's preview port)
  // with a signed token for the entry; without PREVIEW_URL there is no preview button.
  preview: {
    enabled: Boolean(env('PREVIEW_URL')),
    config: {
      allowedOrigins: env('PREVIEW_URL') ? [new URL(env('PREVIEW_URL')!).origin] : [],
      handler: (uid, { documentId, status }) =>
        previewUrl(uid, documentId, status === 'published' ? 'published' : 'draft'),
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: false,
  },
});

export default config;
