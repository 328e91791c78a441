// The search API's text handling: folding, the query as an FTS5 expression, the excerpt.
import { describe, expect, it } from 'vitest';
import { excerpt, foldText, matchExpression, queryTerms } from './search-text.ts';

describe('foldText and queryTerms', () => {
  it('drops tone marks and diacritics, đ included, and lowers the case', () => {
    expect(foldText('Hội LHPN Đakrông: Phụ nữ Quảng Trị, người ơi')).toBe(
      'hoi lhpn dakrong: phu nu quang tri, nguoi oi',
    );
    // Decomposed input (as some keyboards send it) folds the same.
    expect(foldText('Quảng Trị'.normalize('NFD'))).toBe('quang tri');
  });

  it("splits a query into words as SQLite's tokenizer does, punctuation and quotes dropped", () => {
    expect(queryTerms('  "Phụ nữ" — Hà-Nam, 2019! ')).toEqual(['phu', 'nu', 'ha', 'nam', '2019']);
    expect(queryTerms('?!  ')).toEqual([]);
  });
});

describe('matchExpression', () => {
  it('asks for every word, whole but the last, which may start a word', () => {
    expect(matchExpression('phụ nữ')).toBe('"phu" AND "nu"*');
  });

  it('cannot be turned into FTS5 syntax by the reader', () => {
    expect(matchExpression('a" OR NOT b* NEAR(c)')).toBe(
      '"a" AND "or" AND "not" AND "b" AND "near" AND "c"*',
    );
    expect(matchExpression('"" * ()')).toBeNull();
  });
});

describe('excerpt', () => {
  const words = (n: number, word = 'chữ') => Array.from({ length: n }, () => word).join(' ');

  it('shows the window with the most hits, hits marked, text escaped', () => {
    const text = `${words(40)} Phụ nữ <b>&</b> "Quảng" Trị ${words(40)}`;
    const shown = excerpt(text, ['phu', 'nu', 'quang'], 10);
    expect(shown).toContain(
      '<mark>Phụ</mark> <mark>nữ</mark> &lt;b&gt;&amp;&lt;/b&gt; <mark>&quot;Quảng&quot;</mark> Trị',
    );
    expect(shown.split(' ')).toHaveLength(10);
  });

  it('matches without diacritics, and gives the start of a text without hits', () => {
    expect(excerpt('Nuôi dạy con, núi rừng', ['nu'])).toBe(
      '<mark>Nuôi</mark> dạy con, <mark>núi</mark> rừng',
    );
    expect(excerpt(`${words(5, 'một')} ${words(50)}`, ['khong'], 5)).toBe(words(5, 'một'));
  });
});
