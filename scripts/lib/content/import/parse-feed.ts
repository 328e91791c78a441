// Reads an old portal's archive: a WordPress export (WXR 1.1/1.2) or an RSS 2.0 feed (with
// content:encoded). Every post becomes an ImportItem, or a refusal naming the item and why; one
// malformed item never stops the others.
import { XMLParser } from 'fast-xml-parser';

export interface ImportItem {
  /** Where the post lived on the old portal: its permalink (else its guid); the import's key. */
  sourceUrl: string;
  title: string;
  /** The old slug (WXR), kept when it is free. */
  slug: string | null;
  /** ISO date-time of the original publication. */
  date: string;
  status: 'published' | 'draft';
  author: string | null;
  categories: string[];
  tags: string[];
  html: string;
  excerpt: string | null;
  /** URL of the featured image (WXR's _thumbnail_id attachment, RSS's image enclosure). */
  featuredImage: string | null;
}

export interface ParsedFeed {
  format: 'wxr' | 'rss';
  items: ImportItem[];
  refused: Array<{ item: string; reason: string }>;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'category', 'wp:postmeta', 'wp:author'].includes(name),
});

/** The text of a node that may be a string, a number or an element with attributes. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return text((value as Node)['#text']);
  return String(value).trim();
}

/** WordPress's local "2019-12-26 10:00:00" (no zone: the site's, here Vietnam's) or its GMT twin. */
function wordpressDate(gmt: string, local: string): string | null {
  const usable = (v: string) => v && !v.startsWith('0000');
  if (usable(gmt)) return new Date(`${gmt.replace(' ', 'T')}Z`).toISOString();
  if (usable(local)) return new Date(`${local.replace(' ', 'T')}+07:00`).toISOString();
  return null;
}

function rfc822(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Parses an archive's XML; throws only when the whole file is not RSS or WXR. */
export function parseFeed(xml: string): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new Error(`not well-formed XML: ${(error as Error).message}`, { cause: error });
  }
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel) throw new Error('neither a WordPress export (WXR) nor an RSS 2.0 feed: no <rss><channel>');
  const wxr = channel['wp:wxr_version'] !== undefined;
  const items = (channel.item as Node[] | undefined) ?? [];
  const authors = new Map(
    ((channel['wp:author'] as Node[] | undefined) ?? []).map((a) => [
      text(a['wp:author_login']),
      text(a['wp:author_display_name']) || text(a['wp:author_login']),
    ]),
  );
  const attachments = new Map<string, string>();
  if (wxr) {
    for (const item of items) {
      if (text(item['wp:post_type']) === 'attachment')
        attachments.set(text(item['wp:post_id']), text(item['wp:attachment_url']));
    }
  }
  const parsed: ParsedFeed = { format: wxr ? 'wxr' : 'rss', items: [], refused: [] };
  items.forEach((item, index) => {
    const title = text(item.title);
    const label = title || text(item.link) || `#${index + 1}`;
    if (wxr && text(item['wp:post_type']) !== 'post') return;
    const refuse = (reason: string) => parsed.refused.push({ item: label, reason });
    const sourceUrl = text(item.link) || text(item.guid);
    const html = text(item['content:encoded']) || text(item.description);
    const date = wxr
      ? (wordpressDate(text(item['wp:post_date_gmt']), text(item['wp:post_date'])) ??
        rfc822(text(item.pubDate)))
      : rfc822(text(item.pubDate));
    if (!title) return refuse('không có tiêu đề');
    if (!sourceUrl) return refuse('không có đường dẫn (link/guid) để nhận ra bài khi nhập lại');
    if (!date) return refuse('không có ngày đăng đọc được');
    if (!html) return refuse('không có nội dung');
    const categories = (item.category as Node[] | string[] | undefined) ?? [];
    const named = (domain: string | null) =>
      categories
        .filter((c) => {
          const d = typeof c === 'object' ? String((c as Node)['@_domain'] ?? '') : '';
          return domain === null ? d === '' || d === 'category' : d === domain;
        })
        .map(text)
        .filter(Boolean);
    const status = wxr ? text(item['wp:status']) : 'publish';
    if (wxr && !['publish', 'draft', 'pending', 'future', 'private'].includes(status))
      return refuse(`trạng thái "${status}" không được nhập`);
    const meta = (item['wp:postmeta'] as Node[] | undefined) ?? [];
    const thumbnailId = text(meta.find((m) => text(m['wp:meta_key']) === '_thumbnail_id')?.['wp:meta_value']);
    const enclosure = item.enclosure as Node | undefined;
    const enclosureUrl =
      enclosure && String(enclosure['@_type'] ?? '').startsWith('image/') ? String(enclosure['@_url']) : null;
    const creator = text(item['dc:creator']) || text(item.author);
    parsed.items.push({
      sourceUrl,
      title,
      slug: wxr ? text(item['wp:post_name']) || null : null,
      date,
      status: status === 'publish' ? 'published' : 'draft',
      author: creator ? (authors.get(creator) ?? creator) : null,
      categories: named(null),
      tags: named('post_tag'),
      html,
      // WXR's excerpt; a feed's description when the full text is in content:encoded.
      excerpt:
        text(item['excerpt:encoded']) || (text(item['content:encoded']) && text(item.description)) || null,
      featuredImage: (thumbnailId ? attachments.get(thumbnailId) : null) ?? enclosureUrl,
    });
  });
  return parsed;
}
