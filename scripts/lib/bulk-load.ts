// Bulk loading of content into Strapi through its Document Service, outside the CMS runtime:
// the benchmark uses it (and an importer of an old archive would).
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';

/** Content to load: plain JSON with relations by slug, as scripts/bench/corpus.ts writes it. */
export interface Corpus {
  covers: string[];
  organisations: Array<Record<string, unknown> & { slug: string; parent: string | null }>;
  projects: Array<Record<string, unknown> & { slug: string; leadOrganisation: string; cover: string }>;
  pledges: Array<Record<string, unknown> & { slug: string; host: string; signatories: string[] }>;
  videos: Array<
    Record<string, unknown> & { slug: string; organisations: string[]; projects: string[]; thumbnail: string }
  >;
  articles: Array<
    Record<string, unknown> & {
      slug: string;
      cover: string;
      organisations: string[];
      projects: string[];
      pledges: string[];
      videos: string[];
    }
  >;
}

function log(message: string) {
  process.stdout.write(`[bench-load] ${message}\n`);
}

/**
 * Loads a corpus through the Document Service of a loaded Strapi, in transactions of 100 entries,
 * published, and reports entries per second for each type. Used by `scripts/load-corpus.ts`.
 */
export async function bulkLoad(strapi: Core.Strapi, corpus: Corpus, coversDir: string) {
  const started = Date.now();
  const coverIds = new Map<string, number>();
  for (const name of corpus.covers) {
    const filepath = path.join(coversDir, name);
    const [uploaded] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: 'Ảnh minh họa', caption: 'Ảnh minh họa' } },
        files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: statSync(filepath).size },
      });
    coverIds.set(name, uploaded.id as number);
  }
  log(`covers ${coverIds.size} uploaded`);

  const ids = new Map<string, string>();
  const ref = (slug: string | null | undefined) => (slug ? (ids.get(slug) ?? null) : null);
  const refs = (slugs: string[]) =>
    slugs.map((slug) => ids.get(slug)).filter((id): id is string => Boolean(id));

  async function load<T extends { slug: string }>(
    uid: UID.ContentType,
    items: T[],
    data: (item: T) => Record<string, unknown>,
  ) {
    const t0 = Date.now();
    for (let i = 0; i < items.length; i += 100) {
      await strapi.db.transaction(async () => {
        for (const item of items.slice(i, i + 100)) {
          const created = await strapi
            .documents(uid)
            .create({ data: data(item) as never, status: 'published' });
          ids.set(item.slug, created.documentId);
        }
      });
      if ((i / 100) % 10 === 0 || i + 100 >= items.length)
        log(`${uid} ${Math.min(i + 100, items.length)}/${items.length}`);
    }
    const seconds = (Date.now() - t0) / 1000;
    log(
      `${uid}: ${items.length} in ${seconds.toFixed(1)} s = ${(items.length / seconds).toFixed(0)} entries/s`,
    );
  }

  await load('api::organisation.organisation', corpus.organisations, ({ parent, ...o }) => ({
    ...o,
    parent: ref(parent),
  }));
  await load('api::project.project', corpus.projects, ({ leadOrganisation, cover, ...p }) => ({
    ...p,
    leadOrganisation: ref(leadOrganisation),
    cover: coverIds.get(cover),
  }));
  await load('api::emulation-pledge.emulation-pledge', corpus.pledges, ({ host, signatories, ...p }) => ({
    ...p,
    host: ref(host),
    signatories: refs(signatories),
  }));
  await load('api::video.video', corpus.videos, ({ organisations, projects, thumbnail, ...v }) => ({
    ...v,
    organisations: refs(organisations),
    projects: refs(projects),
    thumbnail: coverIds.get(thumbnail),
  }));
  await load(
    'api::article.article',
    corpus.articles,
    ({ cover, organisations, projects, pledges, videos, ...a }) => ({
      ...a,
      cover: coverIds.get(cover),
      organisations: refs(organisations),
      projects: refs(projects),
      pledges: refs(pledges),
      videos: refs(videos),
    }),
  );
  const total =
    corpus.organisations.length +
    corpus.projects.length +
    corpus.pledges.length +
    corpus.videos.length +
    corpus.articles.length;
  const seconds = (Date.now() - started) / 1000;
  log(`done: ${total} entries in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(0)} entries/s`);
}
