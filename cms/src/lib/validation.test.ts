import { describe, expect, it } from 'vitest';
import { findProblems, isUsableSlug, normaliseStrings, slugForEntry, slugFromText } from './validation';

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

describe('every entry gets a usable address', () => {
  it.each(['远征手记', '🌸🌸', '…—…'])('a topic named %s gets "chu-de-" and a hash of its name', (name) => {
    const slug = slugForEntry('api::tag.tag', { name });
    expect(slug).toMatch(/^chu-de-[0-9a-f]{8}$/);
    expect(isUsableSlug(slug)).toBe(true);
    expect(slugForEntry('api::tag.tag', { name })).toBe(slug);
    expect(slugForEntry('api::tag.tag', { name: `${name}!` })).not.toBe(slug);
  });

  it('each type has its own word, and a Vietnamese name its own words', () => {
    expect(slugForEntry('api::article.article', { title: '远征' })).toMatch(/^bai-viet-/);
    expect(slugForEntry('api::organisation.organisation', { name: '🌸' })).toMatch(/^to-chuc-/);
    expect(slugForEntry('api::project.project', { title: null, code: '06' })).toBe('de-an-06');
    expect(slugForEntry('api::video.video', { title: 'Hội nghị 远征' })).toBe('hoi-nghi');
    expect(slugForEntry('api::article.article', { title: '' })).toBeNull();
  });

  it.each([
    ['', false],
    ['---', false],
    ['.', false],
    ['~_', false],
    ['a', true],
    ['hoi-nghi-2024', true],
    ['2024', true],
  ])('"%s" usable: %s', (slug, usable) => {
    expect(isUsableSlug(slug)).toBe(usable);
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
