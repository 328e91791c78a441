import type { Core } from '@strapi/strapi';
import publisherEvents from './publisher-events.json';

export const WEBHOOK_NAME = 'Publisher: rebuild the site';

/** Events after which the published site may differ (shared-types exports the same list, generated). */
const EVENTS: string[] = publisherEvents;

interface Webhook {
  id: number | string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/**
 * Registers the publisher's webhook from PUBLISHER_WEBHOOK_URL and PUBLISHER_SECRET. Done in
 * code because Strapi refuses loopback URLs saved from the admin in production (SSRF guard).
 */
export async function registerPublisherWebhook(strapi: Core.Strapi) {
  const url = process.env.PUBLISHER_WEBHOOK_URL;
  const secret = process.env.PUBLISHER_SECRET;
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const existing = ((await store.findWebhooks()) as Webhook[]).find((hook) => hook.name === WEBHOOK_NAME);
  if (!url || !secret) {
    if (existing) {
      await store.deleteWebhook(existing.id);
      runner.remove(existing);
    }
    return;
  }
  const wanted = {
    name: WEBHOOK_NAME,
    url,
    headers: { 'X-Publisher-Secret': secret },
    events: EVENTS,
    isEnabled: true,
  };
  if (existing) {
    const updated = await store.updateWebhook(existing.id, { ...existing, ...wanted });
    runner.update(updated);
  } else {
    runner.add(await store.createWebhook(wanted));
  }
}
