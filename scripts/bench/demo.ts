// `npm run bench -- --demo`: figures of the demo content (the site as `npm start` builds it):
// fetch through the client, cold and warm build, dist size, bytes readers download for the home
// and the seed article, JavaScript on them, pages and feeds.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StrapiClient } from 'shared-types';
import { step } from '../lib/log.ts';
import { startTestStrapi } from 'test-harness/test-strapi';
import { buildSite } from 'publisher';
import { measure } from './process-tree.ts';
import seedFacts from '../../cms/src/seed/seed-facts.json' with { type: 'json' };

const SEED_SLUG = seedFacts.articleSlug;

/** Bytes of a page's HTML plus the stylesheets and scripts it links (what a first visit downloads, images aside). */
function pageWeight(dist: string, urlPath: string) {
  const html = readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
  const size = (href: string) => statSync(path.join(dist, href)).size;
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (sum, m) => sum + size(m[1]!),
    0,
  );
  const inlineCss = [...html.matchAll(/<style>(.*?)<\/style>/gs)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[1]!),
    0,
  );
  const js = [
    ...html.matchAll(
      /<script\b(?![^>]*application\/ld\+json)[^>]*?(?:src="([^"]+)")?[^>]*>(.*?)<\/script>/gs,
    ),
  ].reduce((sum, m) => sum + (m[1] ? size(m[1]) : Buffer.byteLength(m[2] ?? '')), 0);
  return { html: Buffer.byteLength(html), css: css + inlineCss, js };
}

export async function benchDemo() {
  const strapi = await startTestStrapi('sqlite');
  const work = mkdtempSync(path.join(tmpdir(), 'wup-demo-bench-'));
  try {
    const client = new StrapiClient({ baseUrl: strapi.url, token: strapi.token });
    const t0 = performance.now();
    for (const key of ['article', 'organisation', 'emulationPledge', 'project', 'video', 'tag'] as const)
      await client.findAll(key);
    step(
      'demo',
      `fetch of all demo content through the client: ${((performance.now() - t0) / 1000).toFixed(2)} s, ` +
        `${client.stats.requests} requests, ${(client.stats.bytes / 1024).toFixed(0)} KiB`,
    );

    const env = {
      STRAPI_URL: strapi.url,
      STRAPI_TOKEN: strapi.token,
      SITE_URL: 'https://phunu.example.vn',
      DATA_DIR: work,
    };
    for (const kind of ['cold', 'warm']) {
      const dist = path.join(work, `dist-${kind}`);
      const { result, seconds, peakMiB } = await measure(() => buildSite({ outDir: dist, env }), {
        includeSelf: true,
        exclude: [strapi.instance.process.pid!],
      });
      const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      const bytes = files.reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
      const html = files.filter((e) => e.name.endsWith('.html')).length;
      const feeds = files.filter((e) => e.name === 'rss.xml').length;
      step(
        'demo',
        `${kind} build: ${seconds.toFixed(1)} s (fetch ${result.phases.fetch.toFixed(1)}, ` +
          `render ${result.phases.render.toFixed(1)}, images ${result.phases.images.toFixed(1)}, ` +
          `search ${result.phases.search.toFixed(1)}), peak ${peakMiB.toFixed(0)} MiB`,
      );
      if (kind === 'warm') {
        step(
          'demo',
          `dist: ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${files.length} files; ` +
            `${html} HTML pages, ${feeds} RSS feeds`,
        );
        for (const [name, urlPath] of [
          ['home', ''],
          ['seed article', `tin-tuc/${SEED_SLUG}`],
          ['search page', 'tim-kiem'],
        ] as const) {
          const w = pageWeight(dist, urlPath);
          step(
            'demo',
            `${name}: HTML ${(w.html / 1024).toFixed(1)} KiB + CSS ${(w.css / 1024).toFixed(1)} KiB, ` +
              `JavaScript ${w.js} bytes`,
          );
        }
      }
    }
  } finally {
    await strapi.destroy();
    rmSync(work, { recursive: true, force: true });
  }
}
