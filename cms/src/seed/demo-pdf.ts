// A real PDF for the demo documents, made with PDFKit in DejaVu Sans (Vietnamese letters need a
// font that has them; PDFKit's built-in fonts do not): the site reads its words back for search.
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

// Resolved from the working directory: this module runs compiled to CommonJS in Strapi and as an
// ES module under Vitest, and the font package is found from either.
const resolve = createRequire(path.join(process.cwd(), 'package.json')).resolve;
const FONT = resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** A document's text as it is laid out on paper: the issuer, the number, the title, the body. */
export interface PdfText {
  issuer: string;
  number: string;
  title: string;
  paragraphs: string[];
}

/** The PDF of a document, A4; the same text gives the same bytes (no creation date in it). */
export function makePdf(text: PdfText): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: text.title, CreationDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font(BOLD).fontSize(12).text(text.issuer.toUpperCase(), { align: 'left' });
  pdf.font(FONT).fontSize(11).text(`Số: ${text.number}`).moveDown();
  pdf.font(BOLD).fontSize(14).text(text.title.toUpperCase(), { align: 'center' }).moveDown();
  pdf.font(FONT).fontSize(12);
  for (const paragraph of text.paragraphs) pdf.text(paragraph, { align: 'justify' }).moveDown(0.5);
  pdf.end();
  return done;
}
