import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { storeAsCollections, storeFromFile } from './data-store-file';

// A store with what makes string literals hard: quotes, backslashes, Vietnamese, line breaks.
const store = [
  ['Map', 1, 2],
  'articles',
  { title: 'Hội "Phụ nữ" \\ tỉnh', body: 'dòng 1\ndòng 2 </script> \u2028', n: 3 },
];
const chunk = (json: string) =>
  `// \\0astro:data-layer-content\nvar store_default = JSON.parse(${JSON.stringify(json)});\n` +
  'export { store_default as default };\n';

describe('storeFromFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wup-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('moves the literal into a JSON file the chunk reads, to the same value', async () => {
    const json = JSON.stringify(store);
    const rewritten = storeFromFile(chunk(json), 'store.json')!;
    expect(rewritten.json).toBe(json);
    expect(rewritten.code).not.toContain('dòng');
    writeFileSync(path.join(dir, 'store.json'), rewritten.json);
    writeFileSync(path.join(dir, 'chunk.mjs'), rewritten.code);
    const loaded = (await import(pathToFileURL(path.join(dir, 'chunk.mjs')).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  });

  it('leaves a chunk without the store literal (an empty store) as it is', () => {
    expect(
      storeFromFile('var store_default = new Map();\nexport { store_default as default };\n', 'x.json'),
    ).toBeNull();
  });

  it('refuses a literal that never ends', () => {
    expect(() => storeFromFile('var s = JSON.parse("[1,2', 'x.json')).toThrow(/ends inside/);
  });
});

describe('storeAsCollections', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wup-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("makes Astro's store module export the collections themselves", async () => {
    const collections = new Map([
      ['articles', new Map([['a1', { id: 'a1', data: { title: 'Hội "Phụ nữ"' } }]])],
    ]);
    const code = storeAsCollections(`export default JSON.parse(${JSON.stringify(stringify(collections))})`)!;
    // As Vite resolves them in the build: the site's own module, and devalue through node_modules.
    const own = pathToFileURL(fileURLToPath(new URL('./fast-objects.ts', import.meta.url))).href;
    writeFileSync(
      path.join(dir, 'store.mjs'),
      code.replace("'/src/lib/fast-objects.ts'", JSON.stringify(own)),
    );
    symlinkSync(
      fileURLToPath(new URL('../../../node_modules', import.meta.url)),
      path.join(dir, 'node_modules'),
    );
    const loaded = (await import(pathToFileURL(path.join(dir, 'store.mjs')).href)) as { default: unknown };
    expect(loaded.default).toEqual(collections);
  });

  it('leaves a module of another form (an empty store) as it is', () => {
    expect(storeAsCollections('export default new Map()')).toBeNull();
  });
});
