// Refuses an upload whose bytes are not what its name and type claim, before anything is stored:
// every path into the media library (admin upload and replace, REST /api/upload, the upload
// service called by code) goes through the upload service's `upload` and `replace`, wrapped here.
// Works the same whatever the storage provider (local disk or S3), since it runs before it.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import sharp from 'sharp';
import { fileProblem } from './media-check';

/** A file as Strapi's body parser (formidable) hands it over: still in its temporary path. */
export interface IncomingFile {
  filepath?: string;
  originalFilename?: string | null;
  name?: string;
  size?: number;
}

type Upload = (
  args: { data: unknown; files: IncomingFile | IncomingFile[] },
  options?: unknown,
) => Promise<unknown>;
type Replace = (
  id: unknown,
  args: { data: unknown; file: IncomingFile },
  options?: unknown,
) => Promise<unknown>;

/** The name the editor gave the file. */
export const fileNameOf = (file: IncomingFile) => file.originalFilename ?? file.name ?? 'tệp không tên';

/** The 400 an editor sees: which file, and why, in Vietnamese. */
export function refusal(name: string, problem: string) {
  return new errors.ValidationError(`Tệp "${name}" bị từ chối: ${problem}.`, { file: name, reason: problem });
}

/** Checks every file of one request before any is stored; throws a 400 naming the file and the reason. */
export async function assertUploadable(files: IncomingFile | IncomingFile[]) {
  for (const file of Array.isArray(files) ? files : [files]) {
    const name = fileNameOf(file);
    const problem = file.filepath ? await fileProblem(file.filepath, name) : 'không đọc được nội dung tệp';
    if (problem) throw refusal(name, problem);
  }
}

interface StoredFile {
  id: number;
  mime?: string;
  width?: number | null;
  height?: number | null;
}

/**
 * Strapi reads no dimensions from some images it stores (AVIF: its sharp reports them as `heif`),
 * and pages need them to reserve space: read them here, as shown (EXIF orientation applied).
 */
async function fillDimensions(strapi: Core.Strapi, stored: unknown, files: IncomingFile | IncomingFile[]) {
  const rows = (Array.isArray(stored) ? stored : [stored]) as StoredFile[];
  const inputs = Array.isArray(files) ? files : [files];
  for (const [index, row] of rows.entries()) {
    const filepath = inputs[index]?.filepath;
    if (!row?.mime?.startsWith('image/') || row.width || !filepath) continue;
    const meta = await sharp(filepath).metadata();
    const { width, height } = meta.autoOrient ?? meta;
    await strapi.db.query('plugin::upload.file').update({ where: { id: row.id }, data: { width, height } });
    Object.assign(row, { width, height });
  }
}

/** Wraps the upload service (call from `register()`, after the upload plugin registered it). */
export function registerUploadGuard(strapi: Core.Strapi) {
  strapi.get('services').extend('plugin::upload.upload', (service: { upload: Upload; replace: Replace }) => ({
    ...service,
    async upload(args: Parameters<Upload>[0], options?: unknown) {
      await assertUploadable(args.files);
      const stored = await service.upload(args, options);
      await fillDimensions(strapi, stored, args.files);
      return stored;
    },
    async replace(id: unknown, args: Parameters<Replace>[1], options?: unknown) {
      await assertUploadable(args.file);
      const stored = await service.replace(id, args, options);
      await fillDimensions(strapi, stored, args.file);
      return stored;
    },
  }));
}
