import sharp from 'sharp';

/** Colour pairs of the demo covers: calm union pinks and blues. */
const PALETTES: Array<[string, string, string]> = [
  ['#b0204f', '#f2a7b8', '#fff4f6'],
  ['#1f4e79', '#8fb8de', '#eef5fb'],
  ['#2f6b3a', '#a9d3a0', '#f1f8ef'],
  ['#7a4a12', '#e8c07a', '#fdf6ea'],
];

export const COVER_COUNT = PALETTES.length;

/** A 1600×900 JPEG cover drawn by sharp from an SVG of soft shapes (no text, no fonts needed). */
export async function drawCover(index: number): Promise<Buffer> {
  const [dark, mid, light] = PALETTES[index % PALETTES.length]!;
  const gradient =
    '<linearGradient id="g" x1="0" y1="0" x2="1" y2="1">' +
    `<stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/>` +
    '</linearGradient>';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs>${gradient}</defs>
  <rect width="1600" height="900" fill="url(#g)"/>
  <circle cx="${300 + index * 240}" cy="620" r="420" fill="${mid}" opacity="0.55"/>
  <circle cx="${1250 - index * 120}" cy="260" r="260" fill="${dark}" opacity="0.35"/>
  <path d="M0 760 C 400 640, 900 900, 1600 700 L1600 900 L0 900 Z" fill="${dark}" opacity="0.6"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** A 600×800 JPEG portrait placeholder (a silhouette on a soft ground) for the demo leaders. */
export async function drawPortrait(index: number): Promise<Buffer> {
  const [dark, mid, light] = PALETTES[index % PALETTES.length]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">
  <rect width="600" height="800" fill="${light}"/>
  <circle cx="300" cy="300" r="140" fill="${mid}"/>
  <path d="M60 800 C 80 560, 520 560, 540 800 Z" fill="${dark}" opacity="0.75"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
