import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../core/text/word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['I calibrated the balance.', 4],
    ['well-defined problems', 2],
    ["I didn't know the technician’s rota", 6],
    ['pH 7.4 at 37 °C for 3.5 hours', 8],
    ['A – B — C', 3],
    ['• first\n• second', 2],
    ['and/or', 1],
    ['CO₂ and H₂O', 3],
    ['Łukasz prepared the ćwiczenia', 4],
    ['Ребята работали', 2],
    ['e.g. the 2025–26 session', 4],
    ['no\u00a0break space', 3],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts each Chinese or Japanese ideograph as a word, as word processors do', () => {
    expect(countWords('实验室安全')).toBe(5);
    expect(countWords('LC-MS 分析')).toBe(3);
  });

  it('never counts more words than whitespace-separated tokens for text without ideographs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(countWords(text)).toBeLessThanOrEqual(text.split(/\s+/).filter(Boolean).length);
      }),
    );
  });

  it('adds up: the count of two texts joined by a space is the sum of their counts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.string({ unit: 'grapheme-ascii' }), (a, b) => {
        expect(countWords(`${a} ${b}`)).toBe(countWords(a) + countWords(b));
      }),
    );
  });
});
