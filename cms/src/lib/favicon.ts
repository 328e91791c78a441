// The admin's favicon, drawn from the site's own mark (site/public/favicon.svg) at start rather
// than kept as a second, binary copy: Strapi's favicon middleware answers /favicon.ico from it
// (config/middlewares.ts), and answered 500 while there was none.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

/** Where the favicon is drawn, relative to the app folder (git-ignored, as the SQLite file beside it). */
export const FAVICON_PATH = '.tmp/favicon.png';

export async function drawFavicon(strapi: Core.Strapi) {
  const target = path.resolve(strapi.dirs.app.root, FAVICON_PATH);
  const mark = path.resolve(strapi.dirs.app.root, '..', 'site', 'public', 'favicon.svg');
  if (existsSync(target) || !existsSync(mark)) return;
  mkdirSync(path.dirname(target), { recursive: true });
  // Written beside and renamed: Strapis starting together never serve a half-written file.
  const drawing = `${target}.${process.pid}`;
  await sharp(mark, { density: 300 }).resize(64, 64).png().toFile(drawing);
  renameSync(drawing, target);
}
