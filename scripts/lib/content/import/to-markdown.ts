// HTML of an old portal's post to the Markdown editors write: first cut down by the site's own
// sanitizer (what a page may show), then converted by Turndown.
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';
import { sanitizeArticleHtml } from '../../../../site/src/lib/markdown.ts';

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '*',
});
// The sanitizer's loading/decoding hints mean nothing in Markdown.
turndown.keep([]);

/** Safe Markdown of a post's HTML (NFC). */
export function htmlToMarkdown(html: string): string {
  return turndown.turndown(sanitizeArticleHtml(html)).normalize('NFC').trim();
}

/** Plain text of HTML, whitespace collapsed. */
export function plainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}

/** The article's lead: the excerpt, else the first paragraph, cut at a word within `max` characters. */
export function leadOf(excerpt: string | null, html: string, max = 800): string {
  const firstParagraph = /<p[^>]*>([\s\S]*?)<\/p>/i.exec(html)?.[1] ?? html;
  const text = plainText(excerpt ?? '') || plainText(firstParagraph) || plainText(html);
  if (text.length <= max) return text.normalize('NFC');
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`.normalize('NFC');
}

/** The sources of the images a post's HTML shows, in order, each once. */
export function imageSources(html: string): string[] {
  return [...new Set([...html.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]!))];
}
