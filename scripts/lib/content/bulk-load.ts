// Bulk loading of content into a Strapi that is not serving (the benchmark's corpus; an importer
// of an old archive could use it too): covers through the upload plugin; organisations, projects,
// videos and articles written straight into the tables in batches of 500 (bulk-insert.ts); the
// pledges, whose targets are components, through Strapi's Document Service, 100 per transaction.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { insertPublished, newDocumentId, type InsertItem } from './bulk-insert.ts';

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
 * Loads a corpus into a loaded Strapi, published, and reports entries per second for each type:
 * straight into its tables in batches of 500 (bulk-insert.ts) for the types without components,
 * through the Document Service for the others (pledges' targets). Used by `scripts/load-corpus.ts`.
 */
export async function bulkLoad(strapi: Core.Strapi, corpus: Corpus, coversDir: string) {
  const started = Date.now();
  const coverIds = new Map<string, number>();
  const coverUrls = new Map<string, string>();
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
    coverUrls.set(name, uploaded.url as string);
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

  /** Fast path: batches of 500 written straight into the tables. */
  async function insert<T extends { slug: string }>(
    uid: string,
    items: T[],
    item: (entry: T) => Omit<InsertItem, 'documentId'>,
  ) {
    const t0 = Date.now();
    // Ids first: an entry may point at another of its type (an organisation at its parent).
    for (const entry of items) ids.set(entry.slug, newDocumentId());
    for (let i = 0; i < items.length; i += 500) {
      const batch = items.slice(i, i + 500);
      await insertPublished(
        strapi,
        uid,
        batch.map((entry) => ({ documentId: ids.get(entry.slug)!, ...item(entry) })),
      );
      if ((i / 500) % 4 === 0 || i + 500 >= items.length)
        log(`${uid} ${Math.min(i + 500, items.length)}/${items.length}`);
    }
    const seconds = (Date.now() - t0) / 1000;
    log(
      `${uid}: ${items.length} in ${seconds.toFixed(1)} s = ${(items.length / seconds).toFixed(0)} entries/s`,
    );
  }
  const refList = (slugs: Array<string | null | undefined>) =>
    refs(slugs.filter((s): s is string => Boolean(s)));
  // A body's images name the corpus's files; in the library they have Strapi's hashed names.
  const withUploads = (body: unknown) =>
    typeof body === 'string'
      ? body.replace(/\/uploads\/([\w.-]+)/g, (match, name: string) => coverUrls.get(name) ?? match)
      : body;

  await insert('api::organisation.organisation', corpus.organisations, ({ parent, ...o }) => ({
    fields: o,
    relations: { parent: refList([parent]) },
  }));
  await insert('api::project.project', corpus.projects, ({ leadOrganisation, cover, ...p }) => ({
    fields: { ...p, body: withUploads(p.body) },
    relations: { leadOrganisation: refList([leadOrganisation]) },
    media: { cover: coverIds.get(cover) },
  }));
  await load('api::emulation-pledge.emulation-pledge', corpus.pledges, ({ host, signatories, ...p }) => ({
    ...p,
    host: ref(host),
    signatories: refs(signatories),
  }));
  await insert('api::video.video', corpus.videos, ({ organisations, projects, thumbnail, ...v }) => ({
    fields: v,
    relations: { organisations: refs(organisations), projects: refs(projects) },
    media: { thumbnail: coverIds.get(thumbnail) },
  }));
  await insert(
    'api::article.article',
    corpus.articles,
    ({ cover, organisations, projects, pledges, videos, ...a }) => ({
      fields: { ...a, body: withUploads(a.body) },
      relations: {
        organisations: refs(organisations),
        projects: refs(projects),
        pledges: refs(pledges),
        videos: refs(videos),
      },
      media: { cover: coverIds.get(cover) },
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
