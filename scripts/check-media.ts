// `npm run check-media`: lists the files of the media library that uploads are refused for today
// (content not matching the name, not an allowed type, an image sharp cannot read or too large,
// missing on disk). Exits 1 when there are some, so a script or CI can act on it.
import { localCmsEnv } from './lib/strapi/cms-env.ts';
import { requireFromCms, withLoadedStrapi } from './lib/strapi/loaded-strapi.ts';
import { die, step } from './lib/log.ts';
import { buildCms } from './lib/strapi/strapi.ts';

interface Finding {
  id: number;
  name: string;
  url: string;
  problem: string;
}

try {
  buildCms();
} catch (error) {
  die('check-media', (error as Error).message, 'fix the CMS build, then run again.');
}
// The same Strapi as npm start's, without the demo content.
Object.assign(process.env, { ...localCmsEnv(), SEED_DEMO_CONTENT: 'false', NODE_ENV: 'production' });
const { auditMedia } = requireFromCms('./dist/src/lib/media-audit.js') as {
  auditMedia: (strapi: unknown, depth: 'full') => Promise<Finding[]>;
};
step('check-media', 'reading every file of the media library (images are decoded in full) ...');
const findings = await withLoadedStrapi((strapi) => auditMedia(strapi, 'full'));
for (const f of findings) console.log(`  #${f.id} ${f.name} (${f.url}): ${f.problem}`);
if (findings.length > 0) {
  die(
    'check-media',
    `${findings.length} file(s) would be refused today`,
    'replace or delete them in the admin (Thư viện media); pages that use them are built without them meanwhile.',
  );
}
step('check-media', 'every file of the media library passes the upload checks');
