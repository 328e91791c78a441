import type { Core } from '@strapi/strapi';
import { applyAdminLayouts } from './lib/admin-layout';
import { provision } from './lib/provision';
import { registerPublisherWebhook } from './lib/publisher-webhook';
import { registerValidation } from './lib/validation';
import { seedDemoContent } from './seed';
import { loadCorpus } from './bench/load-corpus';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerValidation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await provision(strapi);
    await applyAdminLayouts(strapi);
    await registerPublisherWebhook(strapi);
    if (process.env.SEED_DEMO_CONTENT === 'true') await seedDemoContent(strapi);
    if (process.env.BENCH_CORPUS)
      await loadCorpus(strapi, process.env.BENCH_CORPUS, process.env.BENCH_COVERS_DIR ?? '');
    process.stdout.write('[provision] ready\n');
  },
};
