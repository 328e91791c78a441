// Writes parsed posts into a loaded Strapi through the Document Service (so the CMS's validation,
// slugs and upload checks apply, and its webhooks fire): topics from categories and tags,
// organisations and projects where a name matches, images downloaded into the media library,
// the original date and address kept. Idempotent: a post whose address is already there is left
// as it is, edited in the admin since or not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { USABLE_SLUG } from 'shared-types';
import type { ImportItem } from './parse-feed.ts';
import { htmlToMarkdown, imageSources, leadOf } from './to-markdown.ts';

const ARTICLE = 'api::article.article';
const TAG = 'api::tag.tag';

export interface ImportSummary {
  imported: Array<{ item: string; status: ImportItem['status']; problems: string[] }>;
  skipped: Array<{ item: string; reason: string }>;
  refused: Array<{ item: string; reason: string }>;
  images: number;
}

/** What the importer uses of the Document Service, with the rows it reads typed loosely. */
interface Documents {
  findMany(params: object): Promise<Array<Record<string, string | null> & { documentId: string }>>;
  create(params: object): Promise<{ documentId: string }>;
}

/** Names compared as people write them: NFC, lower case, single spaces. */
const key = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Why Strapi refused a write, with the field when it names one. */
function reasonOf(error: unknown): string {
  const details = (error as { details?: { errors?: Array<{ path: string[]; message: string }> } }).details;
  const first = details?.errors?.[0];
  return first ? `${first.path.join('.')}: ${first.message}` : (error as Error).message;
}

export async function importItems(
  strapi: Core.Strapi,
  items: ImportItem[],
  progress: (done: number, total: number) => void = () => undefined,
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], skipped: [], refused: [], images: 0 };
  const docs = (uid: string) => strapi.documents(uid as never) as unknown as Documents;
  const byName = new Map<string, string>();
  for (const org of await docs('api::organisation.organisation').findMany({
    fields: ['name', 'shortName'],
    status: 'draft',
    limit: -1,
  })) {
    byName.set(`org:${key(org.name ?? '')}`, org.documentId);
    if (org.shortName) byName.set(`org:${key(org.shortName)}`, org.documentId);
  }
  for (const project of await docs('api::project.project').findMany({
    fields: ['title', 'code'],
    status: 'draft',
    limit: -1,
  })) {
    for (const name of [project.title, project.code, project.code ? `Đề án ${project.code}` : null])
      if (name) byName.set(`project:${key(name)}`, project.documentId);
  }
  const tagIds = new Map<string, string>();
  const tagOf = async (name: string): Promise<string> => {
    const known = tagIds.get(key(name));
    if (known) return known;
    const [existing] = await docs(TAG).findMany({
      filters: { name: { $eqi: name.normalize('NFC') } },
      fields: ['name'],
    });
    // The CMS makes the slug from the name, as for a tag typed in the admin.
    const id =
      existing?.documentId ?? (await docs(TAG).create({ data: { name: name.normalize('NFC') } })).documentId;
    tagIds.set(key(name), id);
    return id;
  };

  const work = mkdtempSync(path.join(tmpdir(), 'wup-import-'));
  const uploaded = new Map<string, { id: number; url: string }>();
  const upload = async (url: string, alt: string): Promise<{ id: number; url: string }> => {
    const known = uploaded.get(url);
    if (known) return known;
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) }).catch((error: Error) => {
      throw new Error(`ảnh ${url}: không tải được (${error.message})`);
    });
    if (!response.ok) throw new Error(`ảnh ${url}: nguồn trả ${response.status}`);
    const name = decodeURIComponent(path.posix.basename(new URL(url).pathname)) || 'anh';
    const file = path.join(work, `${uploaded.size}-${name}`);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const [media] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: alt, caption: `Nguồn: ${url}` } },
        files: {
          filepath: file,
          originalFilename: name,
          mimetype: response.headers.get('content-type') ?? 'application/octet-stream',
          size: Number(response.headers.get('content-length') ?? 0) || undefined,
        },
      })
      .catch((error: Error) => {
        throw new Error(`ảnh ${url}: ${error.message}`);
      })) as Array<{ id: number; url: string }>;
    summary.images++;
    uploaded.set(url, media!);
    return media!;
  };

  try {
    for (const [index, item] of items.entries()) {
      progress(index, items.length);
      const label = item.title;
      const [existing] = await docs(ARTICLE).findMany({
        filters: { sourceUrl: item.sourceUrl },
        fields: ['title'],
        status: 'draft',
      });
      if (existing) {
        summary.skipped.push({ item: label, reason: 'đã nhập lần trước (giữ nguyên, kể cả bản đã sửa)' });
        continue;
      }
      try {
        // Images first: an image that cannot be brought in leaves the post without it, reported.
        const problems: string[] = [];
        let html = item.html;
        for (const src of imageSources(item.html)) {
          const absolute = new URL(src, item.sourceUrl).href;
          try {
            const media = await upload(absolute, item.title);
            html = html.split(src).join(media.url);
          } catch (error) {
            problems.push((error as Error).message);
            html = html.replace(
              new RegExp(`<img\\b[^>]*src=["']${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*>`, 'gi'),
              '',
            );
          }
        }
        let cover: number | null = null;
        if (item.featuredImage) {
          try {
            cover = (await upload(new URL(item.featuredImage, item.sourceUrl).href, item.title)).id;
          } catch (error) {
            problems.push((error as Error).message);
          }
        }
        const names = [...item.categories, ...item.tags];
        const organisations = names.flatMap((n) => byName.get(`org:${key(n)}`) ?? []);
        const projects = names.flatMap((n) => byName.get(`project:${key(n)}`) ?? []);
        const topics = names.filter((n) => !byName.has(`org:${key(n)}`) && !byName.has(`project:${key(n)}`));
        const tags: string[] = [];
        for (const name of topics) tags.push(await tagOf(name));
        await docs(ARTICLE).create({
          data: {
            title: item.title.normalize('NFC'),
            // WordPress's address of a Chinese title is percent-encoded: the CMS makes one instead.
            ...(item.slug && USABLE_SLUG.test(item.slug) ? { slug: item.slug } : {}),
            date: item.date,
            lead: leadOf(item.excerpt, item.html),
            body: htmlToMarkdown(html),
            byline: item.author?.normalize('NFC').slice(0, 120) ?? null,
            featured: false,
            sourceUrl: item.sourceUrl,
            cover,
            tags: [...new Set(tags)],
            organisations: [...new Set(organisations)],
            projects: [...new Set(projects)],
          },
          status: item.status,
        });
        summary.imported.push({ item: label, status: item.status, problems });
      } catch (error) {
        summary.refused.push({ item: label, reason: reasonOf(error) });
      }
    }
    progress(items.length, items.length);
    return summary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
