import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_COPY, STORE_MODULE_CODE, storeFromFilePlugin } from './data-store-file';

const MODULE = '\0astro:data-layer-content';
// A store with what makes JSON hard: quotes, backslashes, Vietnamese, line breaks.
const collections = new Map([
  [
    'articles',
    new Map([['a1', { id: 'a1', data: { title: 'Hội "Phụ nữ" \\ tỉnh', body: 'dòng 1\ndòng 2 \u2028' } }]]),
  ],
]);

describe('the data store module', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wup-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exports the collections of the store file beside it, as Astro's own module would", async () => {
    // As Vite resolves them in the build: the site's own module, and devalue through node_modules.
    const own = pathToFileURL(fileURLToPath(new URL('../data/fast-objects.ts', import.meta.url))).href;
    writeFileSync(
      path.join(dir, 'store.mjs'),
      STORE_MODULE_CODE.replace("'/src/lib/data/fast-objects.ts'", JSON.stringify(own)),
    );
    writeFileSync(path.join(dir, STORE_COPY), stringify(collections));
    symlinkSync(
      fileURLToPath(new URL('../../../node_modules', import.meta.url)),
      path.join(dir, 'node_modules'),
    );
    const loaded = (await import(pathToFileURL(path.join(dir, 'store.mjs')).href)) as { default: unknown };
    expect(loaded.default).toEqual(collections);
  });
});

describe('the plugin', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wup-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const storeFile = path.join(dir, 'data-store.json');
  const plugin = storeFromFilePlugin(storeFile);
  const load = (id: string) => (plugin.load as (id: string) => unknown)(id);

  it('loads only the store module, and leaves it to Astro while there is no store file', () => {
    expect(load(MODULE)).toBeNull();
    writeFileSync(storeFile, stringify(collections));
    expect(load(MODULE)).toEqual({ code: STORE_MODULE_CODE, map: null });
    expect(load('\0astro:content')).toBeNull();
  });

  it('copies the store file beside the chunk that holds the module, and no other', () => {
    writeFileSync(storeFile, stringify(collections));
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, 'chunks'), { recursive: true });
    const chunk = (fileName: string, moduleIds: string[]) => ({ type: 'chunk', fileName, moduleIds });
    (plugin.writeBundle as (options: object, bundle: object) => void)(
      { dir: out },
      {
        a: chunk('chunks/_astro_data-layer-content_X1.mjs', [MODULE]),
        b: chunk('entry.mjs', ['/src/pages/index.astro']),
        c: { type: 'asset', fileName: 'style.css' },
      },
    );
    expect(readFileSync(path.join(out, 'chunks', STORE_COPY), 'utf8')).toBe(stringify(collections));
    expect(() => readFileSync(path.join(out, STORE_COPY))).toThrow(/ENOENT/);
  });
});
