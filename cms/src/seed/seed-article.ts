import { readFileSync } from 'node:fs';
import seedFacts from './seed-facts.json';

/** Slug of the real article the portal is modelled on (seed-facts.json: tests and the benchmark read it too). */
export const SEED_ARTICLE_SLUG = seedFacts.articleSlug;

/** The seed article split into the article's fields. */
export interface ParsedSeedArticle {
  title: string;
  date: string;
  lead: string;
  coverCaption: string;
  body: string;
  byline: string;
  sourceUnit: string;
}

/** The portal's own section titles that end the seed page; they are not part of the article. */
const PORTAL_SECTIONS = new Set(['TÂM ĐIỂM', 'CÁC ĐỀ ÁN', 'Video']);

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Parses the saved page: title, date (dd/mm/yyyy), lead, cover caption, paragraphs, then
 * "Byline, Source unit". A paragraph "- Unit:" opens a section and becomes a Markdown heading.
 */
export function parseSeedArticle(text: string): ParsedSeedArticle {
  const lines = text.split(/\r?\n/).map(tidy);
  const nonEmpty = lines.filter((line) => line.length > 0 && !PORTAL_SECTIONS.has(line));
  const [title, dateLine, lead, coverCaption, ...rest] = nonEmpty;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dateLine ?? '');
  if (!title || !match || !lead || !coverCaption || rest.length < 2) {
    throw new Error(
      'Seed article: expected title, dd/mm/yyyy date, lead, cover caption, body and byline lines.',
    );
  }
  const [, day, month, year] = match;
  const signature = rest.pop()!;
  const [byline, ...source] = signature.split(',').map((part) => part.trim());

  const body = rest
    .map((paragraph) => {
      const section = /^- (.+?):\s*(.*)$/.exec(paragraph);
      if (!section) return paragraph;
      return section[2] ? `## ${section[1]}\n\n${section[2]}` : `## ${section[1]}`;
    })
    .join('\n\n');

  return {
    title,
    date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}T08:00:00+07:00`,
    lead,
    coverCaption,
    body,
    byline: byline ?? '',
    sourceUnit: source.join(', '),
  };
}

export function readSeedArticle(file: string): ParsedSeedArticle {
  return parseSeedArticle(readFileSync(file, 'utf8'));
}
