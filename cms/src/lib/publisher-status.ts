// What the admin shows editors about the live site: the publisher's status (last build, its time,
// its error, the uploads it left out), read over loopback by Strapi and handed to signed-in admins
// only, at GET /publisher/status. The publisher's own API never leaves its machine.
import type { Core } from '@strapi/strapi';
import sitePaths from './site-paths.json';

/** The publisher's status URL, next to the webhook Strapi calls (PUBLISHER_WEBHOOK_URL). */
function statusUrl(): string | null {
  const webhook = process.env.PUBLISHER_WEBHOOK_URL;
  return webhook ? webhook.replace(/\/webhook\/?$/, '/status') : null;
}

/** Asks the publisher, answering in a second or saying why not. */
async function readStatus(): Promise<{ reachable: boolean; status?: unknown; error?: string }> {
  const url = statusUrl();
  if (!url) return { reachable: false, error: 'Chưa cấu hình bộ xuất bản (PUBLISHER_WEBHOOK_URL).' };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    if (!response.ok) return { reachable: false, error: `Bộ xuất bản trả lời ${response.status}.` };
    return { reachable: true, status: await response.json() };
  } catch {
    return { reachable: false, error: 'Không liên lạc được với bộ xuất bản: trang vẫn phục vụ bản cũ.' };
  }
}

/** Registers GET /publisher/status on the admin API (signed-in admins). */
export function registerPublisherStatusRoute(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/publisher/status',
        handler: async (ctx: { body: unknown }) => {
          ctx.body = { ...(await readStatus()), siteUrl: process.env.SITE_URL ?? null, sitePaths };
        },
        info: { type: 'admin' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
}
