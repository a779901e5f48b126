/**
 * Counts words the way application forms and word processors do, so a statement that fits here
 * fits the body's form:
 * - words are runs of non-space characters that hold at least one letter or digit (any script),
 *   so "well-defined", "don't", "and/or", "3.5" and "CO₂" are one word each, and a lone dash,
 *   bullet or "&" is none;
 * - Chinese, Japanese and Korean ideographs and kana, written without spaces, count one word per
 *   character, as word processors count them.
 */
const SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/u;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(SPACE)) {
    if (!HAS_WORD_CHARACTER.test(token)) continue;
    const ideographs = token.match(CJK)?.length ?? 0;
    if (ideographs === 0) {
      count += 1;
      continue;
    }
    // Ideographs count one each; any Latin or digits around them ("CO₂排出") count once more.
    const rest = token.replace(CJK, ' ').split(' ').filter((part) => HAS_WORD_CHARACTER.test(part)).length;
    count += ideographs + rest;
  }
  return count;
}
