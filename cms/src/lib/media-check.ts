// What an uploaded file really is, from its bytes: its type (file-type), whether the name's
// extension says the same, and for images whether sharp can read every pixel within the pixel limit.
// The upload guard refuses what this finds; the media audit lists what the library already holds.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import sharp from 'sharp';
import mediaRules from './media-rules.json';

interface TypeRule {
  label: string;
  extensions: string[];
}
/** Allowed types by MIME type (media-rules.json; shared-types exports the same rules, generated). */
const TYPES: Record<string, TypeRule> = mediaRules.types;
/** Largest image, in pixels: a 50-megapixel camera original passes, a decompression bomb does not. */
export const MAX_PIXELS = mediaRules.maxPixels;

/** Why an empty file is refused (Strapi's upload routes meet it before the upload service). */
export const EMPTY_FILE = 'tệp rỗng (0 byte): có thể việc tải lên bị ngắt giữa chừng';

/** `full` decodes every pixel (uploads, the audit command); `quick` reads headers only (the check at start). */
export type Depth = 'full' | 'quick';

const number = (n: number) => n.toLocaleString('vi-VN');
const allowedList = () => [...new Set(Object.values(TYPES).map((t) => t.label))].join(', ');

/** The first bytes of a file, to tell text (HTML, SVG, XML) from unknown binary data. */
async function head(filepath: string): Promise<string> {
  const file = await open(filepath, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(512), 0, 512, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

/** Why sharp cannot use an image, or null when it can (decoding every pixel at `full` depth). */
async function imageProblem(filepath: string, mime: string, depth: Depth): Promise<string | null> {
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(filepath, { limitInputPixels: false }).metadata());
  } catch (error) {
    if (mime === 'image/heic') {
      return (
        'máy chủ này chưa đọc được ảnh HEIC (iPhone): hãy chuyển ảnh sang JPEG rồi tải lên lại ' +
        '(trên iPhone: Cài đặt → Camera → Định dạng → Tương thích nhất)'
      );
    }
    return `không đọc được ảnh (${(error as Error).message})`;
  }
  if (!width || !height) return 'không đọc được kích thước ảnh';
  if (width * height > MAX_PIXELS) {
    return (
      `ảnh quá lớn: ${number(width)} × ${number(height)} điểm ảnh ` +
      `(tối đa ${number(MAX_PIXELS / 1e6)} triệu điểm ảnh); hãy thu nhỏ ảnh rồi tải lên lại`
    );
  }
  if (depth === 'quick') return null;
  try {
    await sharp(filepath, { failOn: 'error', limitInputPixels: MAX_PIXELS }).stats();
  } catch (error) {
    return `ảnh bị hỏng hoặc tải lên chưa trọn vẹn (${(error as Error).message})`;
  }
  return null;
}

/**
 * Why the file at `filepath`, uploaded as `name`, must be refused, in Vietnamese; null when it is
 * an allowed type whose content matches its extension and, for an image, sharp can read it.
 */
export async function fileProblem(
  filepath: string,
  name: string,
  depth: Depth = 'full',
): Promise<string | null> {
  let size: number;
  try {
    size = (await stat(filepath)).size;
  } catch {
    return 'không tìm thấy tệp trên đĩa của máy chủ';
  }
  if (size === 0) return EMPTY_FILE;
  const detected = await fileTypeFromFile(filepath);
  const rule = detected ? TYPES[detected.mime] : undefined;
  if (!detected || !rule) {
    if (/^\s*</.test((await head(filepath)).replace(/^\uFEFF/, ''))) {
      return 'nội dung là văn bản HTML, SVG hoặc XML, không được phép tải lên';
    }
    const what = detected ? `định dạng ${detected.mime}` : 'định dạng không nhận ra';
    return `${what} không được phép; chỉ nhận ${allowedList()}`;
  }
  const extension = path.extname(name).slice(1).toLowerCase();
  if (!rule.extensions.includes(extension)) {
    return (
      `nội dung là ${rule.label} nhưng tên tệp có đuôi "${extension ? `.${extension}` : '(không có)'}": ` +
      `hãy đổi đuôi thành .${rule.extensions[0]} rồi tải lên lại`
    );
  }
  return detected.mime.startsWith('image/') ? imageProblem(filepath, detected.mime, depth) : null;
}
