// The rules rendered article bodies follow, as one string: the code that renders them and the
// versions of the libraries it renders with. Computed where the build is configured
// (astro.config.ts) and given to the site's code as a constant, the same in every bundle of one
// build; a rendering kept on disk under other rules is never used (markdown.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageVersion } from './html-cache.ts';

/** The files whose code decides what HTML a body becomes. */
const CODE = ['./markdown.ts', './html-cache.ts'];
const LIBRARIES = ['marked', 'parse5', 'sanitize-html'];

export function markdownRules(): string {
  const hash = createHash('sha256');
  for (const file of CODE) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  for (const name of LIBRARIES) hash.update(`${name}@${packageVersion(name, import.meta.url)}\n`);
  return hash.digest('hex').slice(0, 16);
}
