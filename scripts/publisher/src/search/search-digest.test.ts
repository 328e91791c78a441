import { describe, expect, it } from 'vitest';
import { searchDigest } from './search-digest.ts';

const page = (parts: {
  body?: string;
  sidebar?: string;
  related?: string;
  filter?: string;
}) => `<!doctype html>
<html lang="vi"><head><title>Trang</title><script>var x = 1;</script></head><body>
<aside data-pagefind-ignore="all">${parts.sidebar ?? 'Tâm điểm: tin A'}</aside>
<main data-pagefind-body>
  <h1 data-pagefind-meta="title">Tiêu đề</h1>
  <p>${parts.body ?? 'Nội dung tin.'}</p>
  <section data-pagefind-ignore>${parts.related ?? 'Tin liên quan: tin B'}
    <span data-pagefind-filter="loai">${parts.filter ?? 'Tin tức'}</span></section>
</main></body></html>`;

describe('what Pagefind reads of a page, as a digest', () => {
  const base = searchDigest('tin-tuc/a/index.html', page({}));

  it('changes with the searchable text, a filter (even in an ignored part) and the address', () => {
    expect(searchDigest('tin-tuc/a/index.html', page({ body: 'Nội dung đã sửa.' }))).not.toBe(base);
    expect(searchDigest('tin-tuc/a/index.html', page({ filter: 'Video' }))).not.toBe(base);
    expect(searchDigest('tin-tuc/b/index.html', page({}))).not.toBe(base);
  });

  it('stays when only what Pagefind ignores changed: the sidebar, the related news', () => {
    expect(searchDigest('tin-tuc/a/index.html', page({ sidebar: 'Tâm điểm: tin C' }))).toBe(base);
    expect(searchDigest('tin-tuc/a/index.html', page({ related: 'Tin liên quan: tin D' }))).toBe(base);
  });
});
