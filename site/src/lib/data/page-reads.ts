// What each page read of the site's data, recorded while it renders, so that after an edit the
// pages to render again are found from the record, not declared by each page (as Salsa or Adapton
// remember what each result read, and recompute a result only when something it read changed).
//
// A page reads the site's data through a tracked view (`tracked`): each field it reads and each
// entry it looks up by id is a read. The data layer's queries (`query`: a unit's latest news, the
// sidebar, related news) are reads of their own, recorded with their arguments: the page depends on
// their result, not on the whole lists they walk. After an edit each recorded read is evaluated on
// the data before and after it (`changedReads`), and the pages of the reads whose value differs are
// the pages to render again. Values are compared by identity first: an entry that did not change
// is the same object in both (site-data.ts keeps it), a changed one a new object.
import { AsyncLocalStorage } from 'node:async_hooks';

/** A read, as recorded: `field:<name>`, `get:<field>:<id>` or `query:<name>:<arguments>`. */
export type Read = string;

/** The recording of one page's render: the reads so far, and how deep inside queries it is. */
interface Recording {
  reads: Set<Read>;
  inQuery: number;
}

const recordings = new AsyncLocalStorage<Recording>();

/** Runs `render` and returns its result with every read made while it ran (its async work included). */
export async function recordReads<T>(render: () => Promise<T>): Promise<{ result: T; reads: Set<Read> }> {
  const recording: Recording = { reads: new Set(), inQuery: 0 };
  const result = await recordings.run(recording, render);
  return { result, reads: recording.reads };
}

function note(read: Read) {
  const recording = recordings.getStore();
  if (recording && recording.inQuery === 0) recording.reads.add(read);
}

/** Runs `fn` with nothing recorded (a query's own reads are not the page's). */
function untracked<T>(fn: () => T): T {
  const recording = recordings.getStore();
  if (!recording) return fn();
  recording.inQuery++;
  try {
    return fn();
  } finally {
    recording.inQuery--;
  }
}

const RAW = Symbol('raw data');

/** The data behind a tracked view (or the data itself). */
export function untrackedData<T extends object>(data: T): T {
  return ((data as { [RAW]?: T })[RAW] ?? data) as T;
}

/** A map whose lookups are reads of `field`: one entry by `get`/`has`, all of them otherwise. */
function trackedMap<K, V>(field: string, map: Map<K, V>): Map<K, V> {
  return new Proxy(map, {
    get(target, prop) {
      if (prop === RAW) return target;
      if (prop === 'get' || prop === 'has')
        return (key: K) => {
          note(`get:${field}:${String(key)}`);
          return target[prop](key);
        };
      note(`field:${field}`);
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const views = new WeakMap<object, object>();

/**
 * A view of `data` that records what is read of it, when a page is being recorded (elsewhere it
 * reads as the data itself): a field read is a read of the field, a map's `get` a read of one entry.
 */
export function tracked<T extends object>(data: T): T {
  let view = views.get(data);
  if (!view) {
    const maps = new Map<PropertyKey, unknown>();
    view = new Proxy(data, {
      get(target, prop) {
        if (prop === RAW) return target;
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof prop !== 'string') return value;
        if (value instanceof Map) {
          if (!maps.has(prop)) maps.set(prop, trackedMap(prop, value));
          return maps.get(prop);
        }
        note(`field:${prop}`);
        return value;
      },
    });
    views.set(data, view);
  }
  return view as T;
}

/** An argument of a query, as its read records it: an entry by its documentId, anything else as JSON. */
function argumentKey(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'documentId' in value)
    return { entry: (value as { documentId: string }).documentId };
  return value ?? null;
}

/** A query of the site's data, as `query` registers it for evaluation after an edit. */
interface Query<D> {
  run: (data: D, ...args: never[]) => unknown;
  /** Finds an entry argument in a version of the data (undefined: not in it). */
  entry: (data: D, documentId: string) => unknown;
  /**
   * Of the reads of this query, which may have a different value after an edit (a cheap test that
   * is never false for one that does); without it, every read of the query is evaluated.
   */
  mayChange?: (before: D, after: D, changed: ReadonlySet<string>) => (args: unknown[]) => boolean;
}

const queries = new Map<string, Query<never>>();

/**
 * Registers a query of the site's data: while a page is recorded, a call is one read (its name
 * and arguments), and what the query reads itself is not recorded. `entry` finds an entry
 * argument in a version of the data (for evaluating the read there).
 */
export function query<D extends object, A extends unknown[], R>(
  name: string,
  run: (data: D, ...args: A) => R,
  options: Omit<Query<D>, 'run'>,
): (data: D, ...args: A) => R {
  // A module evaluated again (a second bundle of the same code) registers the same query again.
  queries.set(name, { run, ...options } as unknown as Query<never>);
  return (data: D, ...args: A) => {
    const recording = recordings.getStore();
    if (recording && recording.inQuery === 0)
      recording.reads.add(`query:${name}:${JSON.stringify(args.map(argumentKey))}`);
    return untracked(() => run(untrackedData(data), ...args));
  };
}

/**
 * Whether two values read from the site's data are the same: identical, or arrays, maps and plain
 * objects of the same values. An entry that changed is a new object with different fields.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !sameValue(value, b.get(key))) return false;
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const value of a) if (!b.has(value)) return false;
    return true;
  }
  if (Array.isArray(b) || b instanceof Map || b instanceof Set) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys)
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

const READ = /^(field|get|query):([^:]+)(?::([\s\S]*))?$/;

/** A read taken apart: its kind, the field or query it names, and the rest (an id, or arguments as JSON). */
interface ParsedRead {
  kind: 'field' | 'get' | 'query';
  name: string;
  rest: string | undefined;
  /** A query's arguments, entries as their documentIds (for its `mayChange`). */
  args?: unknown[];
}
/** Reads taken apart once: a 100,000-page site has as many related-news reads, evaluated at every edit. */
const parsedReads = new Map<Read, ParsedRead>();
function parseRead(read: Read): ParsedRead {
  let parsed = parsedReads.get(read);
  if (!parsed) {
    const [, kind, name, rest] = READ.exec(read) ?? [];
    if (!kind || !name) throw new Error(`not a recorded read: ${read}`);
    parsed = { kind: kind as ParsedRead['kind'], name, rest };
    if (kind === 'query')
      parsed.args = (JSON.parse(rest ?? '[]') as unknown[]).map((arg) =>
        typeof arg === 'object' && arg !== null && 'entry' in arg ? (arg as { entry: string }).entry : arg,
      );
    parsedReads.set(read, parsed);
  }
  return parsed;
}

/** A read's value in one version of the data. */
function valueOf(data: object, kind: string, name: string, rest: string | undefined): unknown {
  const record = data as Record<string, unknown>;
  if (kind === 'field') return record[name];
  if (kind === 'get') return (record[name] as Map<string, unknown> | undefined)?.get(rest ?? '');
  const known = queries.get(name) as Query<object> | undefined;
  if (!known) throw new Error(`a page read the query ${name}, which no module registers`);
  const args = (JSON.parse(rest ?? '[]') as unknown[]).map((arg) =>
    typeof arg === 'object' && arg !== null && 'entry' in arg
      ? known.entry(data, (arg as { entry: string }).entry)
      : arg,
  );
  // A read of an entry that is not in this version of the data has no value there.
  if (args.some((arg) => arg === undefined)) return undefined;
  return (known.run as (data: object, ...args: unknown[]) => unknown)(data, ...args);
}

/**
 * Of `reads`, those whose value differs between two versions of the site's data; `changed` holds
 * the documentIds of the entries that differ (for the queries' `mayChange`).
 */
export function changedReads<D extends object>(
  reads: Iterable<Read>,
  before: D,
  after: D,
  changed: ReadonlySet<string>,
): Set<Read> {
  const out = new Set<Read>();
  if (before === after) return out;
  const filters = new Map<string, (args: unknown[]) => boolean>();
  for (const read of reads) {
    const { kind, name, rest, args } = parseRead(read);
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    // A field or map the edit left as it was (the data's parts are replaced, never changed).
    if (kind !== 'query' && b[name] === a[name]) continue;
    if (kind === 'query') {
      const known = queries.get(name) as Query<D> | undefined;
      if (known?.mayChange) {
        let filter = filters.get(name);
        if (!filter) filters.set(name, (filter = known.mayChange(before, after, changed)));
        if (!filter(args!)) continue;
      }
    }
    if (!sameValue(valueOf(before, kind, name, rest), valueOf(after, kind, name, rest))) out.add(read);
  }
  return out;
}

/** Every page's reads (by the page's address), with the pages of each read for lookups after an edit. */
export class PageReads {
  private readonly byPage = new Map<string, Set<Read>>();
  private readonly byRead = new Map<Read, Set<string>>();

  /** From the record a build wrote: `{ "<address>": ["<read>", ...] }`. */
  static fromJSON(record: Record<string, Read[]>): PageReads {
    const reads = new PageReads();
    for (const [page, list] of Object.entries(record)) reads.set(page, list);
    return reads;
  }

  toJSON(): Record<string, Read[]> {
    return Object.fromEntries([...this.byPage].map(([page, reads]) => [page, [...reads]]));
  }

  has(page: string): boolean {
    return this.byPage.has(page);
  }

  get size(): number {
    return this.byPage.size;
  }

  /** Every distinct read of every page. */
  reads(): IterableIterator<Read> {
    return this.byRead.keys();
  }

  /** The pages that made one of `reads`. */
  pagesOf(reads: Iterable<Read>): Set<string> {
    const pages = new Set<string>();
    for (const read of reads) for (const page of this.byRead.get(read) ?? []) pages.add(page);
    return pages;
  }

  /** Records a page's reads (replacing those of its last render). */
  set(page: string, reads: Iterable<Read>) {
    this.delete(page);
    const own = new Set(reads);
    this.byPage.set(page, own);
    for (const read of own) {
      const pages = this.byRead.get(read);
      if (pages) pages.add(page);
      else this.byRead.set(read, new Set([page]));
    }
  }

  /** Forgets a page (it is gone from the site). */
  delete(page: string) {
    const own = this.byPage.get(page);
    if (!own) return;
    this.byPage.delete(page);
    for (const read of own) {
      const pages = this.byRead.get(read)!;
      pages.delete(page);
      if (pages.size === 0) this.byRead.delete(read);
    }
  }
}

/** Where a build keeps the reads of its pages until it writes them beside its server build. */
const BUILD_RECORD = Symbol.for('wup-portal.page-reads');

/** The reads of the pages a build rendered so far (shared by the build's page code and its integration). */
export function buildRecord(): PageReads {
  const holder = globalThis as { [BUILD_RECORD]?: PageReads };
  holder[BUILD_RECORD] ??= new PageReads();
  return holder[BUILD_RECORD];
}
