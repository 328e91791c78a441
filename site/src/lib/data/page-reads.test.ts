import { describe, expect, it } from 'vitest';
import { changedReads, PageReads, query, recordReads, sameValue, tracked } from './page-reads';

/** A small data set in the shape of the site's: lists, maps by id, one field. */
interface Data {
  items: Array<{ documentId: string; n: number }>;
  byId: Map<string, { documentId: string; n: number }>;
  title: string;
}
const dataOf = (items: Data['items'], title = 'T'): Data => ({
  items,
  byId: new Map(items.map((item) => [item.documentId, item])),
  title,
});
const item = (documentId: string, n: number) => ({ documentId, n });
const entry = { entry: (data: Data, id: string) => data.byId.get(id) };
/** The two largest numbers: walks every item, but a page reading it depends on its result only. */
const topTwo = query(
  'test.topTwo',
  (data: Data) => [...data.items].sort((a, b) => b.n - a.n).slice(0, 2),
  entry,
);
const nextOf = query(
  'test.nextOf',
  (data: Data, of: { documentId: string; n: number }) => data.items.find((i) => i.n === of.n + 1),
  entry,
);

describe('recordReads', () => {
  it('records the fields, the entries by id and the queries a render reads, not what the queries read', async () => {
    const a = item('a', 1);
    const data = tracked(dataOf([a, item('b', 2), item('c', 3)]));
    const { result, reads } = await recordReads(async () => {
      await Promise.resolve();
      return [data.title, data.byId.get('b')?.n, topTwo(data).length, nextOf(data, a)?.documentId];
    });
    expect(result).toEqual(['T', 2, 2, 'b']);
    expect([...reads].sort()).toEqual([
      'field:title',
      'get:byId:b',
      'query:test.nextOf:[{"entry":"a"}]',
      'query:test.topTwo:[]',
    ]);
  });

  it('records nothing outside a render, and each render its own reads', async () => {
    const data = tracked(dataOf([item('a', 1)]));
    expect(data.title).toBe('T');
    const [one, two] = await Promise.all([
      recordReads(async () => data.byId.get('a')),
      recordReads(async () => data.items.length),
    ]);
    expect([...one.reads]).toEqual(['get:byId:a']);
    expect([...two.reads]).toEqual(['field:items']);
  });
});

describe('changedReads', () => {
  const reads = [
    'field:title',
    'field:items',
    'get:byId:a',
    'get:byId:c',
    'query:test.topTwo:[]',
    'query:test.nextOf:[{"entry":"a"}]',
    'query:test.nextOf:[{"entry":"c"}]',
  ];

  it('finds the reads whose value differs after an edit, and only those', () => {
    const a = item('a', 1);
    const b = item('b', 2);
    const c = item('c', 3);
    const before = dataOf([a, b, c]);
    // b edited: the list differs, and the queries whose result holds b; lookups of a and c do not.
    const after = dataOf([a, item('b', 5), c]);
    expect([...changedReads(reads, before, after, new Set(['b']))].sort()).toEqual([
      'field:items',
      'query:test.nextOf:[{"entry":"a"}]',
      'query:test.topTwo:[]',
    ]);
  });

  it('gives no value to a read of an entry that is gone', () => {
    const before = dataOf([item('a', 1), item('b', 2), item('c', 3)]);
    const after = { ...before, items: before.items.slice(1), byId: new Map([...before.byId].slice(1)) };
    const changed = changedReads(reads, before, after, new Set(['a']));
    expect(changed.has('get:byId:a')).toBe(true);
    expect(changed.has('query:test.nextOf:[{"entry":"a"}]')).toBe(true);
    expect(changed.has('get:byId:c')).toBe(false);
  });

  it('skips what the data left as it was without evaluating it', () => {
    const before = dataOf([item('a', 1)]);
    const after = { ...before, title: 'New' };
    expect([...changedReads(reads, before, after, new Set())]).toEqual(['field:title']);
  });
});

describe('sameValue', () => {
  it('compares by identity first, then arrays, maps and plain objects by their values', () => {
    const shared = { documentId: 'a' };
    expect(sameValue([shared, 1], [shared, 1])).toBe(true);
    expect(sameValue({ x: [1, 2] }, { x: [1, 2] })).toBe(true);
    expect(sameValue({ x: [1, 2] }, { x: [2, 1] })).toBe(false);
    expect(sameValue(new Map([['a', 1]]), new Map([['a', 2]]))).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});

describe('PageReads', () => {
  it('finds the pages of a read, forgets a page, and round-trips through JSON', () => {
    const record = new PageReads();
    record.set('/a/', ['field:title', 'get:byId:a']);
    record.set('/b/', ['field:title']);
    expect([...record.pagesOf(['field:title'])].sort()).toEqual(['/a/', '/b/']);
    record.set('/a/', ['get:byId:a']);
    expect([...record.pagesOf(['field:title'])]).toEqual(['/b/']);
    record.delete('/b/');
    expect([...record.reads()]).toEqual(['get:byId:a']);
    const again = PageReads.fromJSON(JSON.parse(JSON.stringify(record)) as Record<string, string[]>);
    expect(again.has('/a/')).toBe(true);
    expect([...again.pagesOf(['get:byId:a'])]).toEqual(['/a/']);
  });
});
