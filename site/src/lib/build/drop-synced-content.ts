// A patch of Astro's internals, written against ASTRO_PATCHED_FOR (astro-internals.ts).
// Astro keeps its content layer, and with it the data store the content sync filled (every entry as
// the loader stored it), for the rest of the build: the singleton in astro/dist/content/instance.js
// lets it go only when a dev server restarts. A build's pages never read it: they read the store the
// Vite build bundles, from the JSON file the sync wrote (data-store-file.ts). So once the build
// starts (after the sync), this integration disposes of it and the store can be collected.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

const require = createRequire(import.meta.url);
/**
 * Astro's content layer singleton module: internal, so reached by its file (checked to exist), and
 * with Node's own `require` (the same module instance Astro imported; this config's `import()` goes
 * through Vite's module runner, closed by the time the build starts).
 */
const INSTANCE_FILE = path.join(
  path.dirname(require.resolve('astro/package.json')),
  'dist',
  'content',
  'instance.js',
);

interface ContentLayerSingleton {
  globalContentLayer: { dispose(): void };
}

export function dropSyncedContent(): AstroIntegration {
  return {
    name: 'drop-synced-content',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!existsSync(INSTANCE_FILE)) {
          logger.warn(`${INSTANCE_FILE} is gone (a newer Astro?): the synced content stays in memory`);
          return;
        }
        const { globalContentLayer } = require(INSTANCE_FILE) as ContentLayerSingleton;
        globalContentLayer.dispose();
      },
    },
  };
}
