// A patch of Astro's internals, written against ASTRO_PATCHED_FOR (astro-internals.ts).
// Astro bundles the content layer's data store into the server build as one module,
// `export default JSON.parse("<the whole store as a string literal>")`, read from the data store file
// the content sync wrote. At 100,000 articles that is a 131 MB string literal: Node compiled it slowly
// (118 of the resident renderer's 129 s start), and the Vite build (Rolldown, native) carried it through
// its parser and output twice (the prerender and the server builds), memory it kept for the rest of
// the build. This integration puts a plugin of its own first, to load that module as a few lines that
// read the store at run time from a JSON file beside their chunk: the data store file, copied there
// when the chunk is written. The module exports the store's collections, their entries fast objects
// (fast-objects.ts), rather than the flat array Astro turns into them: the module would keep that
// array for the life of the process (78 MiB at 100,000 articles), and the entries devalue makes are
// dictionaries (134 MiB more), in the renderer and in the build alike.
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module id Astro gives the data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The data store file a build's content sync writes into Astro's cache folder (consts.js again). */
export const DATA_STORE_FILE = 'data-store.json';
/** The store's copy beside the chunk that reads it. */
export const STORE_COPY = '_astro_data-layer-content.json';

/** The data store module: the store read from STORE_COPY beside its chunk, as collections of fast objects. */
export const STORE_MODULE_CODE = [
  "import { readFileSync } from 'node:fs';",
  "import { unflatten } from 'devalue';",
  "import { fastDeep } from '/src/lib/data/fast-objects.ts';",
  `const flat = JSON.parse(readFileSync(new URL(${JSON.stringify(`./${STORE_COPY}`)}, import.meta.url), 'utf8'));`,
  'export default fastDeep(unflatten(flat));',
].join('\n');

/** The Vite plugin: loads the store module, and copies `storeFile` beside each chunk that holds it. */
export function storeFromFilePlugin(storeFile: string): Plugin {
  return {
    name: 'wup:data-store-file',
    enforce: 'pre',
    apply: 'build',
    // No store file (no content synced): Astro's own load answers, with an empty store.
    load: (id) =>
      id === DATA_STORE_MODULE && existsSync(storeFile) ? { code: STORE_MODULE_CODE, map: null } : null,
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.includes(DATA_STORE_MODULE) || !existsSync(storeFile))
          continue;
        const dir = path.join(options.dir ?? path.dirname(options.file!), path.dirname(chunk.fileName));
        copyFileSync(storeFile, path.join(dir, STORE_COPY));
      }
    },
  };
}

/**
 * The integration, given Astro's cache folder (the config's `cacheDir`). Its plugin goes first in
 * the build's Vite config: Astro's own plugin for the module is one of its first, and the first
 * plugin that loads a module wins.
 */
export function dataStoreFile(cacheDir: string): AstroIntegration {
  return {
    name: 'data-store-file',
    hooks: {
      'astro:build:setup': ({ vite }) => {
        vite.plugins = [storeFromFilePlugin(path.join(cacheDir, DATA_STORE_FILE)), ...(vite.plugins ?? [])];
      },
    },
  };
}
