import type { Core } from '@strapi/strapi';

const allowedMediaTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'video/*',
  'application/pdf',
];

// HTML and SVG can carry scripts that would run on the CMS origin.
const deniedTypes = [
  'text/html',
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-executable',
  'application/x-sh',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 200 * 1024 * 1024),
      // Uploaded file names are hashed, so they never change: cache them for a year.
      providerOptions: { localServer: { maxage: 31536000000 } },
      security: { allowedTypes: allowedMediaTypes, deniedTypes },
    },
  },
});

export default config;
