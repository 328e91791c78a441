import { describe, expect, it } from 'vitest';
import {
  fileKind,
  formatDate,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatPeriod,
  yearMonth,
} from './format';
import { youtubeId } from './media/youtube';

describe('reader-facing formats', () => {
  it.each([
    ['2019-12-26', '26/12/2019'],
    ['2019-12-26T01:00:00.000Z', '26/12/2019'],
    // 23:30 UTC on the 25th is already the 26th in Vietnam.
    ['2019-12-25T23:30:00.000Z', '26/12/2019'],
    ['2025-07-01', '01/07/2025'],
  ])('%s → %s', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });

  it.each([
    ['2019-12-26T01:00:00.000Z', 2019, 12],
    // 17:30 UTC on 31/12 is already the new year in Vietnam: filed under January.
    ['2019-12-31T17:30:00.000Z', 2020, 1],
    ['2025-07-01T00:00:00+07:00', 2025, 7],
  ])('%s is filed under %i, month %i', (iso, year, month) => {
    expect(yearMonth(iso)).toEqual({ year, month });
  });

  it('files every minute around month ends under the month a clock in Vietnam shows, 1970 (UTC+8) included', () => {
    const clock = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: 'numeric',
    });
    for (const start of [
      '1970-01-31T12:00:00.000Z',
      '2019-12-31T12:00:00.000Z',
      '2025-02-28T12:00:00.000Z',
    ]) {
      for (let minute = 0; minute < 12 * 60; minute += 7) {
        const at = new Date(Date.parse(start) + minute * 60_000);
        const [month, year] = clock.format(at).split('/').map(Number);
        expect(yearMonth(at.toISOString()), at.toISOString()).toEqual({ year, month });
      }
    }
  });

  it('formats periods, numbers and durations as Vietnamese readers expect', () => {
    expect(formatPeriod(2020, 2022)).toBe('2020–2022');
    expect(formatPeriod(2020, null)).toBe('2020');
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatNumber(12000)).toBe('12.000');
    expect(formatDuration(754)).toBe('12:34');
  });

  it.each([
    ['https://www.youtube.com/watch?v=LHPNdemo001', 'LHPNdemo001'],
    ['https://youtu.be/LHPNdemo001?t=3', 'LHPNdemo001'],
    ['https://www.youtube.com/embed/LHPNdemo001', 'LHPNdemo001'],
    ['https://vimeo.com/123', null],
    ['javascript:alert(1)', null],
  ])('youtubeId(%s) = %s', (url, id) => {
    expect(youtubeId(url)).toBe(id);
  });

  it('gives a file its size in KB or MB and its kind as readers name it', () => {
    expect(formatFileSize(245.3)).toBe('245 KB');
    expect(formatFileSize(0.2)).toBe('1 KB');
    expect(formatFileSize(1234)).toBe('1,2 MB');
    expect(fileKind({ mime: 'application/pdf', name: 'a.pdf' })).toBe('PDF');
    expect(
      fileKind({
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: 'a.docx',
      }),
    ).toBe('Word');
    expect(fileKind({ mime: 'application/zip', name: 'hồ-sơ.zip' })).toBe('ZIP');
  });
});
