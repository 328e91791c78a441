// Strapi's upload routes refuse an empty file themselves, in English, before the upload service
// (and so the upload guard) sees it: refuse it first, as the guard refuses the rest.
import type { Core } from '@strapi/strapi';
import { EMPTY_FILE } from '../lib/media-check';
import { fileNameOf, refusal, type IncomingFile } from '../lib/upload-guard';

/** The admin's media library route and the REST API's. */
const UPLOAD_PATHS = new Set(['/upload', '/api/upload']);

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  if (ctx.method === 'POST' && UPLOAD_PATHS.has(ctx.path)) {
    const files = (ctx.request as { files?: { files?: IncomingFile | IncomingFile[] } }).files?.files;
    const empty = (Array.isArray(files) ? files : files ? [files] : []).find((file) => file.size === 0);
    if (empty) throw refusal(fileNameOf(empty), EMPTY_FILE);
  }
  await next();
};
