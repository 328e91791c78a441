// HTTP side of the publisher: the webhook/status API on a loopback port, and the live static
// site (the `current` release) with compression and cache headers.
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Publisher } from '../publisher.ts';
import { SEARCH_API } from 'shared-types/search-api';
import { securityHeaders } from 'shared-types/site-headers';
import { cacheControl, COMPRESS_FROM_BYTES, contentTypeOf, PRIVATE_PATH } from './site-http.ts';
import { SiteSearch, type SearchFilters } from '../search/site-search.ts';
import { webhookBodySchema } from '../status.ts';

/** Header Strapi's webhook (and the CLI) must carry. */
export const SECRET_HEADER = 'x-publisher-secret';

function hasSecret(request: FastifyRequest, secret: string): boolean {
  const given = Buffer.from(String(request.headers[SECRET_HEADER] ?? ''));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Webhook, status, build and rollback endpoints. Anything without the secret gets 401 and no work. */
export function controlApp(publisher: Publisher, secret: string): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && request.url === '/status') return;
    if (!hasSecret(request, secret))
      await reply.code(401).send({ error: 'missing or wrong publisher secret' });
  });
  app.post('/webhook', async (request, reply) => {
    const parsed = webhookBodySchema.safeParse(request.body ?? {});
    if (!parsed.success)
      return reply.code(400).send({ error: `not a Strapi webhook body: ${parsed.error.message}` });
    // A ping, not data: the event names the trigger, and the entry's documentId lets the
    // publisher render just the pages that show it; the content itself is fetched from Strapi.
    const { event = 'webhook', uid, model, entry } = parsed.data;
    const type = uid ?? model;
    publisher.request(`${event}${type ? ` ${type}` : ''}`, { event, uid, documentId: entry?.documentId });
    return reply.code(202).send({ accepted: true });
  });
  app.post('/build', async () => publisher.buildNow('manual (npm run publish)'));
  app.post('/rollback', async (_request, reply) => {
    try {
      return { current: publisher.rollback() };
    } catch (error) {
      return reply.code(409).send({ error: (error as Error).message });
    }
  });
  app.get('/status', async () => publisher.status);
  return app;
}

/** Longest query the search API takes. */
const MAX_QUERY = 200;

/**
 * The search API of the live site (site-search.ts): `GET /api/tim-kiem?q=…&<filter>=…` answers the
 * best results and their total, `GET /api/tim-kiem/bo-loc` every filter's values with counts.
 */
function searchRoutes(app: FastifyInstance, search: SiteSearch) {
  const failed = (error: unknown) => ({ error: `search is unavailable: ${(error as Error).message}` });
  app.get(SEARCH_API.search, async (request, reply) => {
    const params = new URLSearchParams(request.url.split('?')[1] ?? '');
    const query = params.get('q')?.trim() || null;
    const filters: SearchFilters = {};
    for (const [name, value] of params) if (name !== 'q' && value) (filters[name] ??= []).push(value);
    if (query === null && Object.keys(filters).length === 0)
      return reply.code(400).send({ error: 'give a query (q) or a filter' });
    if (query && query.length > MAX_QUERY)
      return reply.code(400).send({ error: `the query is longer than ${MAX_QUERY} characters` });
    try {
      return reply.header('Cache-Control', 'no-cache').send(await search.search(query, filters));
    } catch (error) {
      return reply.code(503).send(failed(error));
    }
  });
  app.get(SEARCH_API.filters, async (_request, reply) => {
    try {
      return reply.header('Cache-Control', 'no-cache').send(await search.filters());
    } catch (error) {
      return reply.code(503).send(failed(error));
    }
  });
}

/**
 * The live site: files of `currentDir` (a symlink, resolved at each request, so swaps are atomic),
 * and its search API when a SiteSearch of it is given.
 */
export async function siteApp(currentDir: string, search?: SiteSearch): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(compress, { global: true, threshold: COMPRESS_FROM_BYTES, encodings: ['br', 'gzip'] });
  // Every answer, files, the search API and errors alike (site-headers.ts in shared-types).
  app.addHook('onSend', async (request, reply) => {
    reply.headers(securityHeaders(request.url.split('?')[0]!));
  });
  if (search) searchRoutes(app, search);
  const privatePath = new RegExp(PRIVATE_PATH);
  await app.register(fastifyStatic, {
    root: currentDir,
    cacheControl: false,
    redirect: true,
    index: ['index.html'],
    allowedPath: (pathName) => !privatePath.test(pathName),
    setHeaders(res, file) {
      const urlPath = `/${path.relative(currentDir, file).split(path.sep).join('/')}`;
      res.header('Cache-Control', cacheControl(urlPath));
      const type = contentTypeOf(urlPath);
      if (type) res.header('Content-Type', type);
    },
  });
  app.setNotFoundHandler((_request, reply) => {
    if (existsSync(`${currentDir}/404.html`)) return reply.code(404).sendFile('404.html');
    return reply
      .code(503)
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đang xây dựng</title>' +
          '<p>Trang đang được xây dựng, vui lòng quay lại sau ít phút.</p></html>',
      );
  });
  return app;
}
