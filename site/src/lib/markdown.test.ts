import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FORBIDDEN, XSS_VECTORS } from '../../test/xss-corpus';
import { markdownToText, renderMarkdown } from './markdown';
import { markdownRules } from './markdown-rules';

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

describe('renderMarkdown on disk', () => {
  it('keeps a long body rendered on disk, where a new process reads it instead of rendering again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wup-markdown-'));
    const dataDirBefore = process.env.DATA_DIR;
    process.env.DATA_DIR = dir;
    // What a build's configuration sets (astro.config.ts): without it nothing is kept on disk.
    const rules = globalThis as { __MARKDOWN_RULES__?: string };
    rules.__MARKDOWN_RULES__ = 'test rules';
    try {
      vi.resetModules();
      const first = await import('./markdown');
      const body = `## Kết quả\n\n${'Hội viên được vay vốn làm kinh tế gia đình. '.repeat(40)}`;
      const html = first.renderMarkdown(body);
      expect(html).toContain('<h2>Kết quả</h2>');
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(files).toHaveLength(1);
      // What is on disk is what a new module (another build, the renderer) gives back.
      const file = path.join(files[0]!.parentPath, files[0]!.name);
      expect(readFileSync(file, 'utf8')).toBe(html);
      writeFileSync(file, '<p>từ đĩa</p>');
      vi.resetModules();
      const second = await import('./markdown');
      expect(second.renderMarkdown(body)).toBe('<p>từ đĩa</p>');
      // Short Markdown (a description) is rendered each time, never kept on disk.
      second.renderMarkdown('Mô tả ngắn.');
      const kept = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(kept()).toHaveLength(1);
      // Without the rules (a script run by Node, as the importer is) nothing is kept on disk.
      delete rules.__MARKDOWN_RULES__;
      vi.resetModules();
      const third = await import('./markdown');
      expect(third.renderMarkdown(`${body}\n\nĐoạn thêm.`)).toContain('Đoạn thêm.');
      expect(kept()).toHaveLength(1);
    } finally {
      delete rules.__MARKDOWN_RULES__;
      if (dataDirBefore === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = dataDirBefore;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('markdownRules', () => {
  it('names the rules of this checkout the same way each time: 16 hex digits', () => {
    expect(markdownRules()).toMatch(/^[0-9a-f]{16}$/);
    expect(markdownRules()).toBe(markdownRules());
  });
});
