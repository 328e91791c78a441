// V8 keeps an object that was built one key at a time past a dozen keys (devalue's unflatten, which
// loads Astro's content store; a spread given a getter afterwards) as a dictionary: about 800 bytes
// more per article than an object literal with the same keys, which is a fast object sharing one
// hidden class with every other of its keys. At 100,000 articles the store's copy and the site's
// data held 300 MB of such dictionaries in the resident renderer and in the build. Copies here are
// made by object literals compiled once per list of keys (and prototype); the values, strings
// above all, are the same ones, not copied.

const OWN = { enumerable: true, writable: true, configurable: true } as const;

type Copier = (source: Record<string, unknown>, proto: object | null) => Record<string, unknown>;
const copiers = new Map<string, Copier>();

/** A function returning `{ __proto__: proto, k1: source.k1, … }` for these keys, made once per list. */
function copierOf(keys: readonly string[]): Copier {
  const signature = keys.join('\0');
  let copier = copiers.get(signature);
  if (!copier) {
    const fields = keys.map((key) => `${JSON.stringify(key)}: source[${JSON.stringify(key)}]`);
    // Code made from the keys only, each JSON-quoted; never from values.
    copier = new Function('source', 'proto', `return { __proto__: proto, ${fields.join(', ')} };`) as Copier;
    copiers.set(signature, copier);
  }
  return copier;
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A fast copy of a plain object's own enumerable properties (`omit` left out), with prototype
 * `proto`. An object with a key named `__proto__` (which a literal would take as its prototype) is
 * copied key by key instead.
 */
export function fastCopy<T extends object>(source: T, proto: object = Object.prototype, omit?: string): T {
  const keys = Object.keys(source).filter((key) => key !== omit);
  if (keys.includes('__proto__')) {
    const copy = Object.create(proto) as Record<string, unknown>;
    for (const key of keys) Object.defineProperty(copy, key, { value: source[key as keyof T], ...OWN });
    return copy as T;
  }
  return copierOf(keys)(source as Record<string, unknown>, proto) as T;
}

/**
 * `value` with every plain object in it (through Maps, arrays and plain objects) replaced by its
 * fast copy. Maps and arrays are changed in place; anything else (a Date, a class's instance) is
 * left as it is.
 */
export function fastDeep<T>(value: T): T {
  if (value instanceof Map) {
    for (const [key, item] of value) value.set(key, fastDeep(item));
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fastDeep(value[i]);
    return value;
  }
  if (!isPlain(value)) return value;
  const copy: Record<string, unknown> = fastCopy(value);
  for (const key of Object.keys(copy)) copy[key] = fastDeep(copy[key]);
  return copy as T;
}
