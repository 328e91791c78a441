import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HtmlCache, packageVersion } from './html-cache';

describe('HtmlCache', () => {
  const roots: string[] = [];
  const newRoot = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wup-html-cache-'));
    roots.push(root);
    return root;
  };
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('gives back what was stored for the same Markdown, and nothing for other Markdown', () => {
    const root = newRoot();
    const cache = new HtmlCache(root, 'rules 1');
    cache.set('## Mục tiêu', '<h2>Mục tiêu</h2>\n');
    expect(cache.get('## Mục tiêu')).toBe('<h2>Mục tiêu</h2>\n');
    expect(cache.get('## Mục tiêu ')).toBeUndefined();
    // Another process (the renderer beside a build) reads what this one wrote.
    expect(new HtmlCache(root, 'rules 1').get('## Mục tiêu')).toBe('<h2>Mục tiêu</h2>\n');
  });

  it('never gives a rendering made under other rules, and drops those renderings once it stores one', () => {
    const root = newRoot();
    const old = new HtmlCache(root, 'marked 17');
    old.set('**đậm**', '<p><strong>đậm</strong></p>');
    const current = new HtmlCache(root, 'marked 18');
    expect(current.get('**đậm**')).toBeUndefined();
    current.set('_nghiêng_', '<p><em>nghiêng</em></p>');
    expect(readdirSync(root)).toHaveLength(1);
    expect(old.get('**đậm**')).toBeUndefined();
    expect(current.get('_nghiêng_')).toBe('<p><em>nghiêng</em></p>');
  });

  it('leaves no temporary file behind', () => {
    const root = newRoot();
    const cache = new HtmlCache(root, 'rules');
    cache.set('a', '<p>a</p>');
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => e.name)).toEqual([expect.stringMatching(/^[0-9a-f]{30}\.html$/)]);
  });
});

describe('packageVersion', () => {
  it('reads the installed version, also of a package that does not export its package.json', () => {
    const here = import.meta.url;
    const manifest = (name: string) =>
      JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      };
    for (const name of ['parse5', 'marked', 'sanitize-html']) {
      expect(existsSync(path.join(process.cwd(), 'node_modules', name))).toBe(true);
      expect(packageVersion(name, here)).toBe(manifest(name).version);
    }
    expect(() => packageVersion('no-such-package-here', here)).toThrow();
  });
});
