import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedArticle, readSeedArticle } from './seed-article';

describe('seed article parser', () => {
  const parsed = readSeedArticle(path.join(__dirname, 'hoi-lhpn-quang-tri-ha-nam-2019.txt'));

  it('splits the saved page into the article fields', () => {
    expect(parsed.title).toBe(
      'Hội LHPN tỉnh Quảng Trị, Hà Nam tổng kết công tác Hội năm 2019, ký kết giao ước thi đua năm 2020',
    );
    expect(parsed.date).toBe('2019-12-26T08:00:00+07:00');
    expect(parsed.lead).toMatch(/^Hội LHPN tỉnh Quảng Trị, Hà Nam vừa tổ chức/);
    expect(parsed.coverCaption).toMatch(/^Hội LHPN tỉnh Quảng Trị ký kết giao ước/);
    expect([parsed.byline, parsed.sourceUnit]).toEqual(['Bình An', 'VP Hà Nam']);
  });

  it('turns the "- Unit:" paragraphs into Markdown headings and drops the portal sections', () => {
    expect(parsed.body.startsWith('## Hội LHPN tỉnh Quảng Trị\n\nHội nghị tổng kết năm 2019')).toBe(true);
    expect(parsed.body).toContain('\n\n## Hội LHPN tỉnh Hà Nam\n\n');
    expect(parsed.body).not.toMatch(/TÂM ĐIỂM|CÁC ĐỀ ÁN|Bình An, VP Hà Nam/);
    expect(parsed.body).not.toMatch(/ {2}/);
    expect(parsed.body).toBe(parsed.body.normalize('NFC'));
  });

  it('refuses a page without a date', () => {
    expect(() =>
      parseSeedArticle('Tiêu đề\n\nkhông có ngày\nsapo\nchú thích\nthân bài\nTác giả, Đơn vị'),
    ).toThrow(/dd\/mm\/yyyy/);
  });
});
