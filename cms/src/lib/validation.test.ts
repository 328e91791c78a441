import { describe, expect, it } from 'vitest';
import { findProblems, normaliseStrings, slugFromText } from './validation';

describe('slugs from Vietnamese', () => {
  it.each([
    ['Đakrông', 'dakrong'],
    ['Hội LHPN tỉnh Quảng Trị', 'hoi-lhpn-tinh-quang-tri'],
    ['Hướng Hóa', 'huong-hoa'],
    ['“5 không, 3 sạch”', '5-khong-3-sach'],
    ['Đakrông'.normalize('NFD'), 'dakrong'],
  ])('%s → %s', (text, slug) => {
    expect(slugFromText(text)).toBe(slug);
  });
});

describe('cross-field rules', () => {
  it('accepts a single-year pledge and refuses an end before the start', () => {
    expect(
      findProblems('api::emulation-pledge.emulation-pledge', { startYear: 2020, endYear: null }, true),
    ).toEqual([]);
    expect(
      findProblems('api::emulation-pledge.emulation-pledge', { startYear: 2020, endYear: 2019 }, true)[0]
        ?.path,
    ).toEqual(['endYear']);
  });

  it('wants one video source when publishing, and not two', () => {
    expect(findProblems('api::video.video', {}, false)).toEqual([]);
    expect(findProblems('api::video.video', {}, true)[0]?.path).toEqual(['externalUrl']);
    expect(
      findProblems('api::video.video', { file: { id: 1 }, externalUrl: 'https://youtu.be/x' }, false)[0]
        ?.path,
    ).toEqual(['externalUrl']);
  });

  it('composes decomposed Vietnamese (NFD) into NFC, deeply', () => {
    const nfd = 'phụ nữ'.normalize('NFD');
    expect(normaliseStrings({ a: nfd, b: [{ c: nfd }], n: 1 })).toEqual({
      a: 'phụ nữ',
      b: [{ c: 'phụ nữ' }],
      n: 1,
    });
  });
});
