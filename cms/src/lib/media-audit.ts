// Lists the files already in the media library that the upload guard would refuse today (uploaded
// before it existed, damaged or deleted on disk since), so an install that has some can clean up.
// Runs quickly (headers only) after every start, and in full from `npm run check-media`.
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { fileProblem, type Depth } from './media-check';

export interface MediaFinding {
  id: number;
  name: string;
  url: string;
  problem: string;
}

interface FileRow {
  id: number;
  name: string;
  url: string;
  provider: string;
}

/** Every file of the local media library that fails the upload checks, with the reason. */
export async function auditMedia(strapi: Core.Strapi, depth: Depth): Promise<MediaFinding[]> {
  const findings: MediaFinding[] = [];
  const publicDir = strapi.dirs.static.public;
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const rows = (await strapi.db.query('plugin::upload.file').findMany({
      select: ['id', 'name', 'url', 'provider'],
      orderBy: { id: 'asc' },
      offset,
      limit: pageSize,
    })) as FileRow[];
    for (const row of rows) {
      // Files in object storage are checked when they are uploaded; their bytes are not on this disk.
      if (row.provider !== 'local') continue;
      const problem = await fileProblem(path.join(publicDir, row.url), row.name, depth);
      if (problem) findings.push({ id: row.id, name: row.name, url: row.url, problem });
    }
    if (rows.length < pageSize) return findings;
  }
}

/** The check at start: a warning per file the library should not hold, never a failed start. */
export async function reportMediaAtStart(strapi: Core.Strapi) {
  try {
    const findings = await auditMedia(strapi, 'quick');
    if (findings.length === 0) return;
    process.stdout.write(
      `[media] ${findings.length} file(s) in the media library would be refused today; ` +
        'run `npm run check-media` for the full list, then replace or delete them in the admin:\n',
    );
    for (const f of findings.slice(0, 10))
      process.stdout.write(`[media]   ${f.name} (${f.url}): ${f.problem}\n`);
  } catch (error) {
    process.stdout.write(`[media] could not check the media library: ${(error as Error).message}\n`);
  }
}
