// Loads a corpus file into the Strapi of the environment (DATABASE_*, PUBLIC_DIR ...) without
// serving it, through the Document Service. Usage (the benchmark runs it):
//   node scripts/load-corpus.ts <corpus.json> <covers folder>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bulkLoad, type Corpus } from './lib/content/bulk-load.ts';
import { withLoadedStrapi } from './lib/strapi/loaded-strapi.ts';
import { die } from './lib/log.ts';

const [file, coversDir] = process.argv.slice(2).map((arg) => path.resolve(arg));
if (!file || !coversDir)
  die('load', 'missing arguments', 'run: node scripts/load-corpus.ts <corpus.json> <covers folder>');
// Decoded from bytes: at 100,000 articles the file is over 512 MiB, more than Node reads into a
// string with readFileSync(…, 'utf8'), while the text itself stays under V8's string limit.
const corpus = JSON.parse(new TextDecoder().decode(readFileSync(file))) as Corpus;
await withLoadedStrapi((strapi) => bulkLoad(strapi, corpus, coversDir));
