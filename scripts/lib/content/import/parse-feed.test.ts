import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../paths.ts';
import { parseFeed } from './parse-feed.ts';
import { htmlToMarkdown, imageSources, leadOf } from './to-markdown.ts';

const fixture = (name: string) =>
  readFileSync(path.join(ROOT, 'cms', 'test', 'import', name), 'utf8').replaceAll(
    '{{IMAGES}}',
    'http://img.test',
  );

describe('parseFeed: WordPress export (WXR 1.2)', () => {
  const feed = parseFeed(fixture('old-portal.wxr.xml'));

  it('reads posts with date, status, author, categories, tags and featured image; skips pages and attachments', () => {
    expect(feed.format).toBe('wxr');
    expect(feed.items.map((i) => i.sourceUrl)).toEqual([
      'https://cu.phunuquangtri.vn/2019/12/26/tong-ket-cong-tac-hoi-2019/',
      'https://cu.phunuquangtri.vn/?p=202',
      'https://cu.phunuquangtri.vn/2019/11/02/phu-nu-dakrong-nong-thon-moi/',
      'https://cu.phunuquangtri.vn/2019/12/27/tong-ket-dang-lai/',
    ]);
    const [first, draft] = feed.items;
    expect(first).toMatchObject({
      slug: 'tong-ket-cong-tac-hoi-2019',
      date: '2019-12-26T03:00:00.000Z',
      status: 'published',
      author: 'Bình An',
      categories: ['Hội LHPN tỉnh Quảng Trị'],
      tags: ['Giảm nghèo bền vững', 'Giao ước thi đua'],
      featuredImage: 'http://img.test/hoi-nghi.jpg',
    });
    // A draft has no GMT date: its local date is Vietnam's.
    expect(draft).toMatchObject({
      status: 'draft',
      date: '2020-01-05T01:30:00.000Z',
      slug: null,
      excerpt: null,
    });
  });

  it('refuses a post without a title, naming it, and reads the rest', () => {
    expect(feed.refused).toEqual([
      { item: 'https://cu.phunuquangtri.vn/?p=204', reason: 'không có tiêu đề' },
    ]);
  });
});

describe('parseFeed: RSS 2.0', () => {
  it('reads content:encoded, the creator, categories and an image enclosure; refuses an unreadable date', () => {
    const feed = parseFeed(fixture('old-portal.rss.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      date: '2021-03-08T02:15:00.000Z',
      author: 'Thu Hà',
      categories: ['Văn hóa'],
      featuredImage: 'http://img.test/trang-an.jpg',
      status: 'published',
    });
    expect(feed.items[0]!.html).toContain('<p>Sáng 8/3/2021');
    expect(feed.refused).toEqual([{ item: 'Tin có ngày hỏng', reason: 'không có ngày đăng đọc được' }]);
  });

  it('says what is wrong with a file that is not a feed', () => {
    expect(() => parseFeed('<html><body>không phải</body></html>')).toThrow(/neither a WordPress export/);
    expect(() => parseFeed('<rss><channel><item>')).toThrow();
  });
});

describe('HTML to the Markdown editors write', () => {
  it("keeps structure, drops scripts and handlers through the site's sanitizer, and finds the images", () => {
    const html = fixture('old-portal.wxr.xml').split('<content:encoded><![CDATA[')[1]!.split(']]>')[0]!;
    const markdown = htmlToMarkdown(html);
    expect(markdown).toContain('**Hội LHPN tỉnh Quảng Trị**');
    expect(markdown).toContain('## Kết quả nổi bật');
    expect(markdown).toMatch(/^- {1,3}Giúp 1\.200 hộ phụ nữ thoát nghèo$/m);
    expect(markdown).toContain('![Trao quà cho hội viên](http://img.test/phat-qua.jpg)');
    expect(markdown).not.toMatch(/alert|script/);
    expect(imageSources(html)).toEqual(['http://img.test/phat-qua.jpg']);
    expect(htmlToMarkdown('<p onclick="x()">a <a href="javascript:alert(1)">b</a></p>')).toBe('a b');
  });

  it('takes the lead from the excerpt, else the first paragraph, cut at a word', () => {
    expect(leadOf('Tóm tắt <b>ngắn</b>.', '<p>Đoạn đầu</p>')).toBe('Tóm tắt ngắn.');
    expect(leadOf(null, '<p>Đoạn đầu tiên.</p><p>Đoạn hai.</p>')).toBe('Đoạn đầu tiên.');
    const long = leadOf(null, `<p>${'phụ nữ '.repeat(200)}</p>`, 100);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith('nữ…')).toBe(true);
  });
});
