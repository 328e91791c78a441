import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** The app folder (cms/), which Strapi resolves `dirs.public` against: this file runs from cms/dist/config. */
const APP_DIR = path.resolve(__dirname, '..', '..');

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // Uploads live under <public>/uploads; tests point this at a temporary folder.
  const publicDir = env('PUBLIC_DIR', './public');
  // Strapi's local upload provider refuses to start without that folder, and uploads are git-ignored:
  // a fresh clone (a restore onto a new machine) has none until something makes it. Made here, every
  // way Strapi starts has it (npm start, restore's `strapi import`, maintenance commands).
  if (!env('S3_BUCKET')) mkdirSync(path.resolve(APP_DIR, publicDir, 'uploads'), { recursive: true });
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    dirs: {
      public: publicDir,
    },
    app: {
      keys: env.array('APP_KEYS')!,
    },
    webhooks: {
      populateRelations: false,
    },
  };
};

export default config;
