import type { Core } from '@strapi/strapi';
import { applyAdminLayouts } from './lib/admin-layout';
import { drawFavicon } from './lib/favicon';
import { bootstrapNewsroom, registerNewsroom } from './lib/newsroom';
import { defaultAdminLanguage, provision } from './lib/provision';
import { registerPublisherStatusRoute } from './lib/publisher-status';
import { registerPublisherWebhook } from './lib/publisher-webhook';
import { repairEmptySlugs, useOurSlugsInTheAdmin } from './lib/slug-repair';
import { registerValidation } from './lib/validation';
import { reportMediaAtStart } from './lib/media-audit';
import { startScheduler } from './lib/scheduler';
import { registerUploadGuard } from './lib/upload-guard';
import { seedDemoContent } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerValidation(strapi);
    registerUploadGuard(strapi);
    registerPublisherStatusRoute(strapi);
    registerNewsroom(strapi);
    defaultAdminLanguage(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await provision(strapi);
    await drawFavicon(strapi);
    await repairEmptySlugs(strapi);
    useOurSlugsInTheAdmin(strapi);
    await bootstrapNewsroom(strapi);
    await applyAdminLayouts(strapi);
    await registerPublisherWebhook(strapi);
    if (process.env.SEED_DEMO_CONTENT === 'true') await seedDemoContent(strapi);
    process.stdout.write('[provision] ready\n');
    // Background work: the schedule, and the media check (after ready: a large library must not
    // delay the start). Maintenance commands that load Strapi without serving it turn both off.
    if (process.env.BACKGROUND_TASKS !== 'false') {
      startScheduler(strapi);
      void reportMediaAtStart(strapi);
    }
  },
};
