import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { Marked } from 'marked';
import { parseFragment, serialize } from 'parse5';
import sanitizeHtml from 'sanitize-html';
import { HtmlCache } from './html-cache.ts';
import { dataDir } from './data/strapi-config.ts';

/**
 * Re-parses HTML as a browser does (the HTML5 tree construction of parse5) and serializes it:
 * unclosed or misnested tags become the tree a browser would build, so the sanitizer then sees
 * exactly what a reader's browser will, and the output is well-formed.
 */
function asBrowserParses(html: string): string {
  return serialize(parseFragment(html));
}

const marked = new Marked({ gfm: true, breaks: false, async: false });
// A block of raw HTML an editor left unclosed (<b> without </b>) is closed at the end of its own
// block, instead of turning the rest of the article bold.
marked.use({ renderer: { html: ({ text, block }) => (block ? asBrowserParses(text) : text) } });

/** Allow-list of what an article body may contain after Markdown; everything else is dropped. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'del',
    's',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'code',
    'pre',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    th: ['align', 'scope'],
    td: ['align'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside dropped <script>/<style>/<textarea>/... is removed too, not shown.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const external = /^https?:\/\//i.test(href);
      return {
        tagName,
        attribs: external
          ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' }
          : { ...attribs, rel: attribs.rel ?? '' },
      };
    },
    img: (tagName, attribs) => ({
      tagName,
      attribs: { alt: '', ...attribs, loading: 'lazy', decoding: 'async' },
    }),
  },
  // An image whose source was refused (javascript:, data:) is dropped, not left empty.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** Resolves root-relative URLs (Strapi's /uploads/...) against an origin, for feeds and pages. */
function absolutise(html: string, origin: string | undefined): string {
  if (!origin) return html;
  return html.replace(/(href|src)="\/(?!\/)/g, `$1="${origin.replace(/\/$/, '')}/`);
}

/**
 * Sanitized HTML by Markdown source, for the bodies rendered most recently: an article's body is
 * rendered once for its page and the feeds it is in, which come close together. Bounded: keeping
 * every body held about a gigabyte in a 100,000-article build, and grew without end in the
 * resident renderer.
 */
const rendered = new LRUCache<string, string>({ max: 2000 });

/** Markdown at least this long (an article body) is also kept rendered on disk: shorter renders faster than a read. */
const ON_DISK_FROM = 1000;
/**
 * The rules renderings follow (markdown-rules.ts), set by the build's configuration; where it is not
 * (a script run by Node, a unit test), nothing is kept on disk.
 */
declare const __MARKDOWN_RULES__: string | undefined;
let onDisk: HtmlCache | null | undefined;
const diskCache = () =>
  (onDisk ??=
    typeof __MARKDOWN_RULES__ === 'string'
      ? new HtmlCache(path.join(dataDir(), 'astro-cache', 'markdown'), __MARKDOWN_RULES__)
      : null);

/** HTML cut down to the allow-list, as a browser would parse it. */
function clean(html: string): string {
  return sanitizeHtml(asBrowserParses(html), SANITIZE).replace(/ rel=""/g, '');
}

/**
 * Markdown (from editors) to safe HTML: marked renders, sanitize-html keeps only the allow-list.
 * The same function serves pages and feeds; `origin` makes relative links absolute.
 */
export function renderMarkdown(
  markdown: string | null | undefined,
  options: { origin?: string } = {},
): string {
  if (!markdown) return '';
  let html = rendered.get(markdown);
  if (html === undefined) {
    const disk = markdown.length >= ON_DISK_FROM ? diskCache() : null;
    html = disk?.get(markdown);
    if (html === undefined) {
      html = clean(marked.parse(markdown.normalize('NFC')) as string);
      disk?.set(markdown, html);
    }
    rendered.set(markdown, html);
  }
  return absolutise(html, options.origin);
}

/** HTML from elsewhere (an imported archive) cut down to what an article body may contain. */
export function sanitizeArticleHtml(html: string): string {
  return clean(html.normalize('NFC'));
}

/** Plain text of a Markdown string, e.g. for meta descriptions. */
export function markdownToText(markdown: string | null | undefined): string {
  return sanitizeHtml(renderMarkdown(markdown), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
}
