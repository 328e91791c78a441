// What Pagefind reads from a page, as a digest: the page's address, the text of its
// data-pagefind-body outside ignored parts, and the metadata, filters and sort keys it carries
// (ignored parts keep theirs, as in Pagefind; data-pagefind-ignore="all" drops everything). Two
// builds' shards whose pages have the same digests make the same index.
import { createHash } from 'node:crypto';
import { parseDocument } from 'htmlparser2';

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

const SEARCH_ATTRIBUTES = /^data-pagefind-(meta|filter|sort|weight|index-attrs)$/;

/** The text of a node and all below it. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function walk(node: Node, inBody: boolean, ignored: boolean, out: string[]) {
  const attribs = node.attribs ?? {};
  if (attribs['data-pagefind-ignore'] === 'all') return;
  const body = inBody || 'data-pagefind-body' in attribs;
  const ignoring = ignored || 'data-pagefind-ignore' in attribs;
  const marks = Object.entries(attribs).filter(([name]) => SEARCH_ATTRIBUTES.test(name));
  if (marks.length > 0)
    out.push(`<${node.name} ${marks.map(([k, v]) => `${k}=${v}`).join(' ')}>${textOf(node)}`);
  if (node.type === 'text') {
    if (body && !ignoring) out.push(node.data ?? '');
    return;
  }
  // The first image of the body is a result's picture.
  if (node.name === 'img' && body && !ignoring) out.push(`<img ${attribs.src ?? ''} ${attribs.alt ?? ''}>`);
  if (node.name === 'script' || node.name === 'style') return;
  for (const child of node.children ?? []) walk(child, body, ignoring, out);
}

/** The digest of what Pagefind indexes of one page at one address. */
export function searchDigest(address: string, html: string): string {
  const out: string[] = [address];
  walk(parseDocument(html) as unknown as Node, false, false, out);
  return createHash('sha1').update(out.join('\u0000')).digest('hex');
}
