import type { Core } from '@strapi/strapi';
import mediaRules from '../src/lib/media-rules.json';
import { uploadProvider } from '../src/lib/upload-storage';

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
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', mediaRules.defaultSizeLimitBytes),
      // Local disk, or S3-compatible storage when S3_BUCKET is set (src/lib/upload-storage.ts).
      ...uploadProvider(env),
      // No `security` type lists: the upload guard (src/lib/upload-guard.ts) checks each file's bytes
      // against src/lib/media-rules.json, one list, and refuses in Vietnamese with the reason.
    },
  },
});

export default config;
