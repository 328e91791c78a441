// Writes what each page of a build read (lib/data/page-reads.ts, recorded by src/middleware.ts) beside
// the release's server build, where the resident renderer reads it at its first edit.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGE_READS_FILE } from 'shared-types';
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
        logger.info(`reads of ${record.size} pages recorded in _server/${PAGE_READS_FILE}`);
      },
    },
  };
}
