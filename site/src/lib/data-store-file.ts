// Astro bundles the content layer's data store into the server build as one module,
// `export default JSON.parse("<the whole store as a string literal>")`. Node compiles that module
// before running it, and V8 compiles a string literal of that size slowly: at 100,000 articles
// (a 131 MB module) the resident renderer spent 118 of its 129 s start there, past its start limit.
// This Vite plugin writes the store beside its chunk as a JSON file and has the chunk read it
// (JSON.parse of 131 MB: about a second). It also has the module export the store's collections,
// their entries fast objects (fast-objects.ts), rather than the flat array Astro turns into them:
// the module would keep that array for the life of the process (78 MiB at 100,000 articles), and
// the entries devalue makes are dictionaries (134 MiB more), in the renderer and in the build alike.
import path from 'node:path';
import type { Plugin } from 'vite';

/** The module id Astro gives the data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
const CALL = 'JSON.parse("';

/** Where the string literal that starts at `open` (its opening quote) ends: the index of its closing quote. */
function literalEnd(code: string, open: number): number {
  for (let i = open + 1; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 34 /* " */) return i;
  }
  throw new Error('the data store chunk ends inside its string literal');
}

/**
 * A data store chunk's code with its `JSON.parse("…")` replaced by a read of `jsonFile` (a name beside
 * the chunk), and the JSON that file must hold; null when the chunk is not in that form.
 */
export function storeFromFile(code: string, jsonFile: string): { code: string; json: string } | null {
  const call = code.indexOf(CALL, Math.max(0, code.indexOf(DATA_STORE_MODULE.slice(1))));
  if (call < 0) return null;
  const open = call + CALL.length - 1;
  const close = literalEnd(code, open);
  if (code[close + 1] !== ')') return null;
  const json = JSON.parse(code.slice(open, close + 1)) as string;
  const read = `JSON.parse(__readStoreFile(new URL(${JSON.stringify(`./${jsonFile}`)}, import.meta.url), 'utf8'))`;
  return {
    code: `import { readFileSync as __readStoreFile } from 'node:fs';\n${code.slice(0, call)}${read}${code.slice(close + 2)}`,
    json,
  };
}

/** Astro's data store module (`export default JSON.parse("…")`) exporting its collections as fast objects. */
const STORE_EXPORT = 'export default JSON.parse(';
export function storeAsCollections(code: string): string | null {
  if (!code.startsWith(STORE_EXPORT) || !code.trimEnd().endsWith(')')) return null;
  return (
    "import { unflatten as __unflattenStore } from 'devalue';\n" +
    "import { fastDeep as __fastStore } from '/src/lib/fast-objects.ts';\n" +
    `export default __fastStore(__unflattenStore(JSON.parse(${code.trimEnd().slice(STORE_EXPORT.length)}))`
  );
}

export function dataStoreFile(): Plugin {
  return {
    name: 'wup:data-store-file',
    apply: 'build',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE) return null;
      const collections = storeAsCollections(code);
      return collections && { code: collections, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.includes(DATA_STORE_MODULE)) continue;
        const jsonFile = `${chunk.fileName.replace(/\.m?js$/, '')}.json`;
        const rewritten = storeFromFile(chunk.code, path.basename(jsonFile));
        if (!rewritten) continue;
        chunk.code = rewritten.code;
        this.emitFile({ type: 'asset', fileName: jsonFile, source: rewritten.json });
      }
    },
  };
}
