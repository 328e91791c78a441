// The words inside a document's PDF files, for search: NukeViet's document module finds a document
// by its summary only; a reader looking for a phrase of the resolution itself finds it here. The text
// is extracted with unpdf (pdf.js built for servers, no worker or canvas) and kept by file name
// (names are content hashes: a text never goes stale).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from 'shared-types/runtime';
import type { Media } from 'shared-types';
import { uploadBytes, uploadPath } from './uploads';

const cacheDir = () => path.join(dataDir(), 'astro-cache', 'document-text');

/** Whitespace of a PDF's text runs folded to single spaces, paragraphs kept; Vietnamese composed (NFC). */
export function tidyText(text: string): string {
  return text
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The text of a PDF's bytes (every page), tidied. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return tidyText(text.join('\n\n'));
}

/**
 * The words of one file of a document, or null for a file that is not a PDF. Throws when the PDF
 * cannot be read (the page then says so in a build warning and shows the file without its text).
 */
export async function documentText(file: Pick<Media, 'url' | 'mime'>): Promise<string | null> {
  if (file.mime !== 'application/pdf') return null;
  const cached = path.join(cacheDir(), `${path.posix.basename(uploadPath(file))}.txt`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const text = await pdfText(await uploadBytes(file));
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(cached, text);
  return text;
}
