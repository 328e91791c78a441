// Writes beside the release's server build what the resident renderer starts from: what each page
// of the build read (lib/data/page-reads.ts, recorded by src/middleware.ts), and the uploads the
// build found unusable (media/media-health.ts), which the renderer leaves out as the build did.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGE_READS_FILE, UNUSABLE_UPLOADS_FILE } from 'shared-types';
import { unusableUploads } from '../media/media-health';
import { buildRecord } from '../data/page-reads';

export function pageReadsFile(): AstroIntegration {
  return {
    name: 'wup:page-reads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const record = buildRecord();
        if (record.size === 0)
          throw new Error('the build recorded no page reads: is src/middleware.ts in place?');
        const file = path.join(fileURLToPath(dir), '_server', PAGE_READS_FILE);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(record));
        const unusable = path.join(path.dirname(file), UNUSABLE_UPLOADS_FILE);
        writeFileSync(unusable, JSON.stringify(Object.fromEntries(unusableUploads())));
        logger.info(`reads of ${record.size} pages recorded in _server/${PAGE_READS_FILE}`);
      },
    },
  };
}
