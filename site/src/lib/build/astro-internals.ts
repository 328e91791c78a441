// The Astro internals this site relies on, in one place. Two integrations reach past Astro's public
// API (each says why at its top):
// - data-store-file.ts: loads the module Astro bundles the data store as (`\0astro:data-layer-content`,
//   astro/dist/content/consts.js) from the store's JSON file instead;
// - drop-synced-content.ts: disposes of the content layer's singleton (astro/dist/content/instance.js)
//   once the build starts.
// They were written and measured against this version. Upgrading Astro fails
// astro-internals.test.ts until both are checked against the new version and this constant follows.

/** The Astro version the patches above were written against. */
export const ASTRO_PATCHED_FOR = '7.3.5';
