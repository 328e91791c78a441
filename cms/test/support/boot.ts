// Boots the CMS on the environment's database and stops it, as a restart would: what Strapi does
// at start (repairs, provisioning) runs once, and its log lines go to stdout for the test to read.
import { useMaintenanceCmsEnv } from '../../../scripts/lib/strapi/cms-env.ts';
import { withLoadedStrapi } from '../../../scripts/lib/strapi/loaded-strapi.ts';

useMaintenanceCmsEnv();
await withLoadedStrapi(async () => undefined);
