import { describe, expect, it } from 'vitest';
import { FORBIDDEN, XSS_VECTORS } from '../../test/xss-corpus';
import { markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown: headings, lists, emphasis, quotes, tables', () => {
    const html = renderMarkdown(
      '## Mục tiêu\n\n- **900** hộ\n- _600_ hộ\n\n> Trích dẫn\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h2>Mục tiêu</h2>');
    expect(html).toContain('<li><strong>900</strong> hộ</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<table>');
  });

  it.each(XSS_VECTORS)('makes %s inert', (vector) => {
    const html = renderMarkdown(`Đoạn mở đầu.\n\n${vector}\n\nĐoạn kết.`);
    for (const pattern of FORBIDDEN) expect(html).not.toMatch(pattern);
    expect(html).toContain('Đoạn kết.');
  });

  it('closes raw HTML an editor left open at the end of its block', () => {
    const html = renderMarkdown('<p>mở <b>đậm <i>nghiêng\n\nĐoạn sau vẫn bình thường.');
    expect(html).toContain('<p>mở <b>đậm <i>nghiêng</i></b></p>');
    expect(html).toMatch(/<p>Đoạn sau vẫn bình thường\.<\/p>\s*$/);
  });

  it('keeps inline HTML that is closed', () => {
    expect(renderMarkdown('Chữ <b>đậm</b> giữa câu.')).toBe('<p>Chữ <b>đậm</b> giữa câu.</p>\n');
  });

  it('drops an image whose source was refused and gives images an alt', () => {
    expect(renderMarkdown('<img src="javascript:alert(1)">')).not.toContain('<img');
    expect(renderMarkdown('![](/uploads/a.jpg)')).toContain('alt=""');
  });

  it('opens external links safely and keeps internal ones plain', () => {
    const html = renderMarkdown('[Hội](https://hoilhpn.org.vn) và [tin](/tin-tuc/a/)');
    expect(html).toContain(
      '<a href="https://hoilhpn.org.vn" rel="noopener noreferrer" target="_blank">Hội</a>',
    );
    expect(html).toContain('<a href="/tin-tuc/a/">tin</a>');
  });

  it('makes root-relative URLs absolute for feeds', () => {
    expect(renderMarkdown('![ảnh](/uploads/a.jpg)', { origin: 'https://phunu.example' })).toContain(
      'src="https://phunu.example/uploads/a.jpg"',
    );
  });

  it('composes decomposed Vietnamese and gives plain text', () => {
    expect(markdownToText('**Phụ nữ** _biên cương_'.normalize('NFD'))).toBe('Phụ nữ biên cương');
  });
});
