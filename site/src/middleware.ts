// Records what each page of a build reads of the site's data (lib/data/page-reads.ts): the record the
// resident renderer starts from to find the pages an edit changes. Pages rendered on request (the
// preview) are not recorded.
import { defineMiddleware } from 'astro:middleware';
import { buildRecord, recordReads } from './lib/data/page-reads';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.isPrerendered) return next();
  const { result, reads } = await recordReads(async () => {
    const response = await next();
    // The whole page, rendered while recording (a page streams its parts as they render).
    return new Response(await response.arrayBuffer(), response);
  });
  buildRecord().set(context.url.pathname, reads);
  return result;
});
