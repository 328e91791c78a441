// `npm run nginx-config -- --server-name phunu.example.vn --admin-server-name quantri.phunu.example.vn
// --preview-server-name xemtruoc.phunu.example.vn`: prints the nginx configuration of this install
// (the publisher's nginx-config.ts) for /etc/nginx/sites-available/.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CMS_PORT, nginxConfig, PREVIEW_PORT, SITE_PORT } from 'publisher';
import { MEDIA_DEFAULT_SIZE_LIMIT } from 'shared-types';
import { DATA_DIR } from './lib/paths.ts';

const { values } = parseArgs({
  options: {
    'server-name': { type: 'string', default: 'phunu.example.vn' },
    'admin-server-name': { type: 'string', default: 'quantri.phunu.example.vn' },
    'preview-server-name': { type: 'string', default: 'xemtruoc.phunu.example.vn' },
    root: { type: 'string', default: path.join(DATA_DIR, 'site', 'current') },
    listen: { type: 'string', default: '80' },
  },
});
process.stdout.write(
  nginxConfig({
    root: values.root,
    serverName: values['server-name'],
    adminServerName: values['admin-server-name'],
    previewServerName: values['preview-server-name'],
    siteUpstream: `127.0.0.1:${SITE_PORT}`,
    cmsUpstream: `127.0.0.1:${CMS_PORT}`,
    previewUpstream: `127.0.0.1:${PREVIEW_PORT}`,
    listen: values.listen,
    uploadMegabytes: Math.ceil(
      Number(process.env.UPLOAD_SIZE_LIMIT ?? MEDIA_DEFAULT_SIZE_LIMIT) / 1024 / 1024,
    ),
  }),
);
