import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { MEDIA_MAX_PIXELS } from 'shared-types';
import { DEFAULT_SITE_URL, dataDir, inSitemap, strapiUrl } from 'shared-types/runtime';
import { buildTimeline } from './src/lib/build/build-timeline';
import { dataStoreFile } from './src/lib/build/data-store-file';
import { dropSyncedContent } from './src/lib/build/drop-synced-content';
import { markdownRules } from './src/lib/markdown-rules';
import { pageReadsFile } from './src/lib/build/page-reads-file';

// Where runtime state lives (token file, caches); pages read it, since bundling moves their files.
process.env.DATA_DIR ??= dataDir();

const SITE_URL = process.env.SITE_URL ?? DEFAULT_SITE_URL;
// Outside node_modules: `npm ci` must not wipe the data store (sync state) or the image cache.
const CACHE_DIR = path.join(process.env.DATA_DIR, 'astro-cache');
const strapi = new URL(strapiUrl());
// Uploads kept in object storage (the CMS's S3_BUCKET) come from there: MEDIA_URL, the bucket's
// (or its CDN's) address as Strapi writes it into media URLs.
const media = process.env.MEDIA_URL ? new URL(process.env.MEDIA_URL) : null;

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Every page is static but the preview (pages/xem-truoc), rendered on request by the server
  // build the publisher keeps running: the site's own pages and stylesheet, resident.
  adapter: node({ mode: 'standalone' }),
  build: {
    format: 'directory',
    // One cached stylesheet instead of the same CSS inlined in every page (measured: smaller
    // pages and dist, less HTML for Pagefind to parse).
    inlineStylesheets: 'never',
    // The static site stays at the root of the release; the server build sits beside it in a
    // folder the publisher never serves (scripts/publisher/src/http/server.ts).
    client: './',
    server: './_server/',
  },
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: CACHE_DIR,
  // Scoped styles by a class (` astro-1a2b3c4d`) rather than an attribute on every element
  // (` data-astro-cid-1a2b3c4d`): the same specificity, 9 bytes less each (124 on the home page).
  scopedStyleStrategy: 'class',
  // JSX whitespace rules (Astro 7's default): output does not depend on how Prettier wraps the markup.
  compressHTML: 'jsx',
  devToolbar: { enabled: false },
  image: {
    // Measured (npm run bench, 1600×900 covers at 400/800/1200 w): AVIF at sharp's default effort 4
    // took 2.6 s per image, effort 2 took 0.13 s for a file no larger; mozjpeg shrinks the JPEG
    // fallback by a third for 3× the (small) time.
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // The pixel limit is the CMS's upload limit: what Strapi accepts, the build can process.
      config: { avif: { effort: 2 }, jpeg: { mozjpeg: true }, limitInputPixels: MEDIA_MAX_PIXELS },
    },
    // Remote images only from Strapi's own uploads, or the object storage they are kept in.
    remotePatterns: [
      {
        protocol: strapi.protocol.replace(':', '') as 'http' | 'https',
        hostname: strapi.hostname,
        port: strapi.port,
        pathname: '/uploads/**',
      },
      ...(media
        ? [
            {
              protocol: media.protocol.replace(':', '') as 'http' | 'https',
              hostname: media.hostname,
              port: media.port,
              pathname: `${media.pathname.replace(/\/$/, '')}/**`,
            },
          ]
        : []),
    ],
    // No image uses Astro's responsive layouts (`layout`, `fit`, `position`): their 1.6 KiB stylesheet
    // on every page with an image would style nothing.
    responsiveStyles: false,
  },
  integrations: [
    buildTimeline(),
    // The content the sync loaded, not kept through the build (see the integration).
    dropSyncedContent(),
    // The content store beside the server build as JSON, not compiled as a module (see the integration).
    dataStoreFile(CACHE_DIR),
    sitemap({ filter: inSitemap }),
    // What each page read of the site's data, for the resident renderer's edits (lib/data/page-reads.ts).
    pageReadsFile(),
  ],
  vite: {
    // Scripts as files, never inlined: the site's Content-Security-Policy allows no inline script
    // (scripts/publisher/src/site-headers.ts).
    build: { assetsInlineLimit: 0 },
    // Article bodies rendered by an earlier build are reused while these rules hold (lib/markdown.ts).
    define: { __MARKDOWN_RULES__: JSON.stringify(markdownRules()) },
  },
});
