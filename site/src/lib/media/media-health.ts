// One bad upload must never fail a build. Before any page renders, every upload that published
// entries use is checked the way the build will use it: still served by Strapi, and for an image,
// readable by sharp within the pixel limit (the same pipeline Astro's image service runs). An
// upload that fails is left out of the pages that use it, and the build says which entry, field and
// file, with the reason, on a build-warning line the publisher collects into its status.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import {
  CONTENT_TYPES,
  fetchRetrying,
  formatBuildWarning,
  MEDIA_MAX_PIXELS,
  type BuildWarning,
  type ContentTypeKey,
  type Media,
} from 'shared-types';
import { dataDir, mediaUrl } from '../data/strapi-config';
import { uploadBytes } from './uploads';

/** One place where an entry uses an upload. */
export interface MediaUse {
  type: ContentTypeKey;
  documentId: string;
  /** The entry's slug (or title) for people reading the warning. */
  entry: string;
  /** Dotted path of the field, e.g. `cover` or `seo.shareImage`. */
  field: string;
  media: Media;
  /** Why the upload was left out (when it was). */
  reason?: string;
}

type Populate = Record<string, unknown>;
const pathsByType = new Map<ContentTypeKey, string[][]>();

/** Field paths holding media in a content type, read from the client's populate (generated from Strapi). */
export function mediaPaths(type: ContentTypeKey): string[][] {
  const known = pathsByType.get(type);
  if (known) return known;
  const walk = (populate: Populate, prefix: string[]): string[][] =>
    Object.entries(populate).flatMap(([field, spec]) => {
      if (typeof spec !== 'object' || spec === null) return [];
      const { fields, populate: nested } = spec as { fields?: readonly string[]; populate?: Populate };
      if (fields?.includes('url')) return [[...prefix, field]];
      return nested ? walk(nested, [...prefix, field]) : [];
    });
  const paths = walk(CONTENT_TYPES[type].populate as Populate, []);
  pathsByType.set(type, paths);
  return paths;
}

function at(entry: object, fieldPath: string[]): unknown {
  return fieldPath.reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], entry);
}

/** An entry as a warning names it: its address, else its title or name. */
export function entryLabel(entry: {
  documentId: string;
  slug?: string;
  title?: string | null;
  name?: string;
}) {
  return entry.slug ?? entry.title ?? entry.name ?? entry.documentId;
}

/** Every upload an entry uses, with the field it is in. */
export function mediaUses(
  type: ContentTypeKey,
  entry: { documentId: string; slug?: string; title?: string | null; name?: string },
): MediaUse[] {
  const label = entryLabel(entry);
  return mediaPaths(type).flatMap((fieldPath) => {
    const value = at(entry, fieldPath) as Media | Media[] | null | undefined;
    const field = fieldPath.join('.');
    // A field of several files (a page's attachments): one use each, named by its place.
    if (Array.isArray(value))
      return value.map((media, i) => ({
        type,
        documentId: entry.documentId,
        entry: label,
        field: `${field}.${i}`,
        media,
      }));
    return value ? [{ type, documentId: entry.documentId, entry: label, field, media: value }] : [];
  });
}

/** The entry without the uploads in `broken` (a copy; untouched when it uses none). */
export function withoutMedia<T extends object>(
  type: ContentTypeKey,
  entry: T,
  broken: ReadonlyMap<string, string>,
): T {
  let copy = entry;
  for (const fieldPath of mediaPaths(type)) {
    const value = at(entry, fieldPath) as Media | Media[] | null | undefined;
    // A single upload is cleared; a field of several keeps the usable ones.
    let kept: Media[] | null;
    if (Array.isArray(value)) {
      kept = value.filter((media) => !broken.has(media.url));
      if (kept.length === value.length) continue;
    } else if (value && broken.has(value.url)) kept = null;
    else continue;
    const [first, ...rest] = fieldPath as [string, ...string[]];
    // Copy the path down to the field, then set it. Copies keep their prototype (an article's
    // body is on its prototype: site-data.ts).
    const set = (value: Record<string, unknown>, keys: string[]): Record<string, unknown> => {
      const [key, ...more] = keys as [string, ...string[]];
      return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as object, value, {
        [key]: more.length === 0 ? kept : set(value[key] as Record<string, unknown>, more),
      });
    };
    copy = set(copy as Record<string, unknown>, [first, ...rest]) as T;
  }
  return copy;
}

const fileName = (media: Pick<Media, 'url'>) => path.posix.basename(new URL(mediaUrl(media.url)).pathname);

/**
 * Why sharp cannot use these bytes as Astro will (rotate, resize, any page count), or null.
 * Reading the header alone would pass an HTML file's successor, a truncated header or a bomb.
 */
export async function imageProblem(bytes: Buffer): Promise<string | null> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    return `không phải ảnh đọc được (${(error as Error).message})`;
  }
  if (meta.format === 'svg') return 'ảnh SVG, trang không xử lý loại ảnh này';
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (!pixels) return 'ảnh không có kích thước';
  if (pixels > MEDIA_MAX_PIXELS) {
    return `ảnh ${meta.width} × ${meta.height} điểm ảnh, quá giới hạn ${MEDIA_MAX_PIXELS / 1e6} triệu điểm ảnh`;
  }
  try {
    // Shrink-on-load keeps this cheap; failOn 'none' as in Astro's sharp service.
    await sharp(bytes, { failOn: 'none', pages: -1, limitInputPixels: MEDIA_MAX_PIXELS })
      .rotate()
      .resize(32)
      .toBuffer();
  } catch (error) {
    return `không giải mã được ảnh (${(error as Error).message})`;
  }
  return null;
}

/** Verdicts of image content by file name (names are content hashes: a verdict never goes stale). */
class VerdictCache {
  private readonly file = path.join(dataDir(), 'astro-cache', 'media-verdicts.json');
  private readonly verdicts: Record<string, string | null>;
  private dirty = false;

  constructor() {
    this.verdicts = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as typeof this.verdicts)
      : {};
  }

  has(name: string) {
    return name in this.verdicts;
  }
  get(name: string): string | null {
    return this.verdicts[name] ?? null;
  }
  set(name: string, problem: string | null) {
    this.verdicts[name] = problem;
    this.dirty = true;
  }
  save() {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.verdicts));
  }
}

/** Why Strapi no longer serves an upload (deleted from disk or storage), or null. */
async function missingProblem(media: Media): Promise<string | null> {
  try {
    // Retried: at 100,000 articles a kept-alive connection closed under one HEAD left an upload out
    // of 5,000 pages.
    const response = await fetchRetrying(mediaUrl(media.url), { method: 'HEAD' });
    return response.ok ? null : `Strapi trả ${response.status}: tệp không còn trong kho lưu trữ media`;
  } catch (error) {
    return `không tải được tệp (${(error as Error).message})`;
  }
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** The warning that says an upload was left out of an entry's field, and why. */
export function warningOf(use: MediaUse): BuildWarning {
  return {
    type: use.type,
    entry: use.entry,
    field: use.field,
    file: fileName(use.media),
    reason: use.reason ?? '',
  };
}

/**
 * Checks the uploads of `uses` that `inScope` selects (all in a full build, the changed entries' in
 * a partial one; the others keep the verdict of earlier builds) and returns the broken ones by URL,
 * with the reason. Prints one warning line per use of a broken upload.
 */
const UNUSABLE = Symbol.for('wup-portal.unusable-uploads');

/**
 * Uploads found unusable, by URL, with the reason. In a build, every one it found (its integration
 * writes them beside the server build, UNUSABLE_UPLOADS_FILE); in the resident renderer, the build's,
 * read from there (SITE_UNUSABLE_UPLOADS), then kept up to date by the checks of each edit.
 */
export function unusableUploads(): Map<string, string> {
  const holder = globalThis as { [UNUSABLE]?: Map<string, string> };
  if (!holder[UNUSABLE]) {
    const file = process.env.SITE_UNUSABLE_UPLOADS;
    const saved =
      file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
    holder[UNUSABLE] = new Map(Object.entries(saved));
  }
  return holder[UNUSABLE];
}

export async function findBrokenMedia(
  uses: MediaUse[],
  inScope: (use: MediaUse) => boolean = () => true,
): Promise<Map<string, string>> {
  const verdicts = new VerdictCache();
  const broken = new Map<string, string>();
  const byUrl = new Map<string, Media>();
  for (const use of uses) if (inScope(use)) byUrl.set(use.media.url, use.media);
  await mapLimit([...byUrl.values()], 8, async (media) => {
    const name = fileName(media);
    let problem = await missingProblem(media);
    if (!problem && media.mime.startsWith('image/')) {
      if (!verdicts.has(name)) {
        try {
          verdicts.set(name, await imageProblem(await uploadBytes(media)));
        } catch (error) {
          problem = (error as Error).message;
        }
      }
      problem ??= verdicts.get(name);
    }
    if (problem) broken.set(media.url, problem);
  });
  const known = unusableUploads();
  for (const url of byUrl.keys()) {
    if (broken.has(url)) known.set(url, broken.get(url)!);
    else known.delete(url);
  }
  // Out of scope: the verdict an earlier build reached on the file (its content, or that it is gone).
  for (const use of uses) {
    if (inScope(use)) continue;
    const problem = verdicts.get(fileName(use.media)) ?? known.get(use.media.url);
    if (problem) broken.set(use.media.url, problem);
  }
  verdicts.save();
  for (const use of uses) {
    const reason = broken.get(use.media.url);
    if (!reason) continue;
    console.warn(formatBuildWarning(warningOf({ ...use, reason })));
  }
  return broken;
}
