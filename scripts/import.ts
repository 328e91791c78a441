// `npm run import -- <file or URL>`: brings an old portal's archive in: a WordPress export (WXR)
// or an RSS 2.0 feed. Posts become articles (drafts stay drafts) with their date, author, topics,
// organisations and projects where a category names one, images copied into the media library
// and the address they had; run it again and nothing changes. Writes into the database the CMS is
// configured for (DATABASE_*); the site follows through the usual webhooks when the publisher runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { useMaintenanceCmsEnv } from './lib/strapi/cms-env.ts';
import { importItems } from './lib/content/import/import-items.ts';
import { parseFeed, type ParsedFeed } from './lib/content/import/parse-feed.ts';
import { withLoadedStrapi } from './lib/strapi/loaded-strapi.ts';
import { die, since, step } from './lib/log.ts';
import { buildCms } from './lib/strapi/strapi.ts';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1)
  die('import', 'which archive?', 'run `npm run import -- <export.xml | https://old-portal/feed/>`.');
const source = positionals[0]!;
const started = performance.now();

let xml: string;
try {
  if (/^https?:\/\//.test(source)) {
    step('import', `downloading ${source} ...`);
    const response = await fetch(source, { signal: AbortSignal.timeout(120_000) });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    xml = await response.text();
  } else {
    xml = readFileSync(path.resolve(source), 'utf8');
  }
} catch (error) {
  die('import', `cannot read ${source}: ${(error as Error).message}`, 'check the path or the address.');
}
let feed: ParsedFeed;
try {
  feed = parseFeed(xml);
} catch (error) {
  die(
    'import',
    `${source} is ${(error as Error).message}`,
    'export the old portal as WXR (WordPress) or RSS 2.0.',
  );
}
step(
  'import',
  `${feed.format === 'wxr' ? 'WordPress export (WXR)' : 'RSS feed'}: ${feed.items.length} post(s) to import, ` +
    `${feed.refused.length} unreadable`,
);

buildCms();
useMaintenanceCmsEnv();
let last = 0;
const summary = await withLoadedStrapi((strapi) =>
  importItems(strapi, feed.items, (done, total) => {
    if (done === total || performance.now() - last > 2000) {
      last = performance.now();
      step('import', `${done}/${total} ...`);
    }
  }),
);

const refused = [...feed.refused, ...summary.refused];
const published = summary.imported.filter((i) => i.status === 'published').length;
step(
  'import',
  `done in ${since(started)}: ${summary.imported.length} imported (${published} published, ` +
    `${summary.imported.length - published} drafts), ${summary.images} image(s) copied, ` +
    `${summary.skipped.length} skipped, ${refused.length} refused`,
);
for (const { item, problems } of summary.imported)
  for (const problem of problems) console.log(`  imported without an image: ${item}: ${problem}`);
for (const { item, reason } of summary.skipped) console.log(`  skipped: ${item}: ${reason}`);
for (const { item, reason } of refused) console.log(`  refused: ${item}: ${reason}`);
