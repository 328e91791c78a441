import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASTRO_PATCHED_FOR } from './astro-internals';

describe("Astro's internals the build patches", () => {
  it('were checked against the Astro version the site installs', () => {
    const site = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const installed = JSON.parse(
      readFileSync(new URL('../../../../node_modules/astro/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    // A different version: check data-store-file.ts and drop-synced-content.ts, then update the constant.
    expect(site.dependencies.astro).toBe(ASTRO_PATCHED_FOR);
    expect(installed.version).toBe(ASTRO_PATCHED_FOR);
  });
});
