// Files a newsroom really uploads, good and bad, made in the test (sharp and plain bytes): what
// the upload checks must refuse with a reason, and what they must accept and the site render.
import { crc32, deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Sharp } from 'sharp';
import { CMS_DIR } from '../paths.ts';

// sharp as the CMS resolves it: the tests make images with the same libvips that checks them.
const sharp = createRequire(path.join(CMS_DIR, 'package.json'))('sharp') as typeof import('sharp').default;

export interface TestFile {
  name: string;
  /** The MIME type the browser claims. */
  type: string;
  bytes: Buffer;
}

export interface RefusedFile extends TestFile {
  /** What the refusal's message must say (Vietnamese, as the editor reads it). */
  reason: RegExp;
}

/** A colourful photo-like JPEG: gradients and shapes, so that encoders have something to do. */
function photo(width: number, height: number): Sharp {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    '<defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#c2185b"/>' +
    '<stop offset="1" stop-color="#ffe082"/></linearGradient></defs>' +
    `<rect width="${width}" height="${height}" fill="url(#g)"/>` +
    `<circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#1565c0"/></svg>`;
  return sharp(Buffer.from(svg));
}

/** A real PNG of `width` × `height` black pixels, 1 bit deep: tiny on disk, huge once decoded. */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  // Each scanline: filter byte 0 and width/8 bytes of zeros.
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of an iPhone photo (HEIC): an ISO-BMFF `ftyp` box of brand heic; no HEVC data behind it. */
function heicHeader(): Buffer {
  const box = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length);
    head.write(type, 4, 'ascii');
    return Buffer.concat([head, body]);
  };
  const ftyp = box('ftyp', Buffer.concat([Buffer.from('heic'), Buffer.alloc(4), Buffer.from('mif1heic')]));
  return Buffer.concat([ftyp, box('meta', Buffer.alloc(64))]);
}

/** Files the CMS must refuse, each with the reason its message must give. */
export async function refusedFiles(): Promise<RefusedFile[]> {
  const jpeg = await photo(800, 600).jpeg().toBuffer();
  const png = await photo(400, 300).png().toBuffer();
  return [
    {
      name: 'y.jpg',
      type: 'image/jpeg',
      bytes: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      reason: /HTML/,
    },
    {
      name: 'x.jpg',
      type: 'image/jpeg',
      bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      reason: /SVG/,
    },
    {
      name: 'logo.png',
      type: 'image/png',
      bytes: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
      reason: /SVG/,
    },
    {
      name: 'cat-ngang.jpg',
      type: 'image/jpeg',
      bytes: jpeg.subarray(0, jpeg.length / 2),
      reason: /bị hỏng/,
    },
    { name: 'rong.jpg', type: 'image/jpeg', bytes: Buffer.alloc(0), reason: /rỗng/ },
    {
      name: 'bom-20000.png',
      type: 'image/png',
      bytes: pngBomb(20_000, 20_000),
      reason: /quá lớn.*20\.000 × 20\.000/,
    },
    { name: 'anh-png.jpg', type: 'image/jpeg', bytes: png, reason: /ảnh PNG.*\.jpg.*\.png/ },
    // This install's libvips has no HEVC decoder: refused with what to do instead.
    { name: 'iphone.heic', type: 'image/heic', bytes: heicHeader(), reason: /HEIC.*JPEG/ },
    {
      name: 'chuong-trinh.exe',
      type: 'application/octet-stream',
      bytes: Buffer.from('MZ\x90\x00'),
      reason: /không/,
    },
  ];
}

export interface AcceptedFile extends TestFile {
  what: string;
  /** Width and height a reader must see (EXIF orientation applied). */
  shown: { width: number; height: number };
}

/** Files the CMS must accept and the site must render, with what makes each awkward. */
export async function acceptedFiles(): Promise<AcceptedFile[]> {
  const frames = await Promise.all(
    ['#c2185b', '#1565c0', '#2e7d32'].map((c) =>
      sharp({ create: { width: 60, height: 40, channels: 4, background: c } })
        .png()
        .toBuffer(),
    ),
  );
  const landscape = { width: 900, height: 600 };
  return [
    {
      what: 'CMYK JPEG from a printer',
      name: 'in-cmyk.jpg',
      type: 'image/jpeg',
      bytes: await photo(900, 600).toColourspace('cmyk').jpeg().toBuffer(),
      shown: landscape,
    },
    {
      what: 'phone photo rotated by EXIF (stored landscape, shown portrait)',
      name: 'dien-thoai-xoay.jpg',
      type: 'image/jpeg',
      bytes: await photo(900, 600).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
      shown: { width: 600, height: 900 },
    },
    {
      what: 'progressive JPEG',
      name: 'luy-tien.jpeg',
      type: 'image/jpeg',
      bytes: await photo(900, 600).jpeg({ progressive: true }).toBuffer(),
      shown: landscape,
    },
    {
      what: 'animated GIF',
      name: 'hoat-hinh.gif',
      type: 'image/gif',
      bytes: await sharp(frames, { join: { animated: true } })
        .gif({ delay: [200, 200, 200], loop: 0 })
        .toBuffer(),
      shown: { width: 60, height: 40 },
    },
    {
      what: 'WebP',
      name: 'anh.webp',
      type: 'image/webp',
      bytes: await photo(900, 600).webp().toBuffer(),
      shown: landscape,
    },
    {
      what: 'AVIF',
      name: 'anh.avif',
      type: 'image/avif',
      bytes: await photo(900, 600).avif().toBuffer(),
      shown: landscape,
    },
  ];
}

/** Width and height of an image as shown (EXIF orientation applied). */
export async function shownSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  const meta = await sharp(bytes).metadata();
  return meta.autoOrient ?? { width: meta.width!, height: meta.height! };
}
