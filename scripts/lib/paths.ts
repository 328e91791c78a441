import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir } from 'shared-types/runtime';

/** Folders of the repository, resolved once. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const SITE_DIR = path.join(ROOT, 'site');
/** Git-ignored runtime state: secrets, tokens, logs, test artefacts. */
export const DATA_DIR = dataDir();
export const LOG_DIR = path.join(DATA_DIR, 'logs');
