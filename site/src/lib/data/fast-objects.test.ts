import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fastCopy, fastDeep } from './fast-objects';

/** An article-like object built one key at a time, as devalue's unflatten builds the store's entries. */
function builtKeyByKey(i: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const keys = ['id', 'documentId', 'title', 'slug', 'date', 'lead', 'body', 'cover', 'byline', 'featured'];
  for (const key of [...keys, ...keys.map((k) => `${k}2`), ...keys.map((k) => `${k}3`)])
    object[key] = `${key} ${i}`;
  object.organisations = [{ id: i, documentId: `o${i}`, slug: 'to-chuc' }];
  return object;
}

describe('fastCopy', () => {
  it('copies own properties with the same values, leaving out one, onto a prototype', () => {
    const proto = Object.defineProperty({}, 'body', { get: () => 'từ kho', enumerable: true });
    const source = builtKeyByKey(1);
    const copy = fastCopy(source, proto, 'body');
    expect(Object.getPrototypeOf(copy)).toBe(proto);
    expect(copy.body).toBe('từ kho');
    expect(Object.keys(copy)).toEqual(Object.keys(source).filter((key) => key !== 'body'));
    // The same strings and nested objects, not copies of them.
    expect(copy.organisations).toBe(source.organisations);
    expect(copy.title).toBe(source.title);
  });

  it('copies an object with a key named __proto__ as an own property, not as its prototype', () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = fastCopy(source);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect(copy.a).toBe(1);
  });
});

describe('fastDeep', () => {
  it('replaces plain objects through Maps and arrays, leaving other instances alone', () => {
    const date = new Date('2019-12-26T00:00:00Z');
    const store = new Map([['articles', new Map([['a1', { data: builtKeyByKey(1), when: date }]])]]);
    const before = structuredClone(store);
    const result = fastDeep(store);
    expect(result).toBe(store);
    expect(result).toEqual(before);
    expect(result.get('articles')!.get('a1')!.when).toBe(date);
  });

  it('makes fast objects of what was built key by key (V8 says so)', () => {
    // V8's own verdict, from a child process allowed to ask it (%HasFastProperties).
    const module = fileURLToPath(new URL('./fast-objects.ts', import.meta.url));
    const script = `
      const { fastDeep } = await import(${JSON.stringify(module)});
      ${builtKeyByKey.toString()}
      const slow = builtKeyByKey(1);
      const fast = fastDeep([builtKeyByKey(2)])[0];
      console.log(JSON.stringify([%HasFastProperties(slow), %HasFastProperties(fast)]));`;
    const out = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(out)).toEqual([false, true]);
  });
});
