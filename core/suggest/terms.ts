import { stemmer } from 'stemmer';

/**
 * How the example finder reads text: words are lower-cased, common function words dropped and the
 * rest reduced to their stem, so "assessed", "assessing" and "assessment" meet. The same function
 * serves the index and every query, which is what makes a theme find a record.
 */

// Function words and the words every statement uses ("work", "task"): matching them says nothing.
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'within etc via per use used using work worked working task tasks make made new one two three day days week weeks month months year years time times also get got well re ve ll didn doesn don isn wasn weren couldn wouldn'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text as written, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** One word as the index keeps it, or null for a word that carries no meaning here. */
export function termOf(word: string): string | null {
  const lower = word.toLocaleLowerCase('en-GB');
  if (lower.length < 2 || STOP_WORDS.has(lower)) return null;
  // Digits alone (years, counts) would tie unrelated records together.
  if (/^\d+$/.test(lower)) return null;
  return stemmer(lower);
}

/** The index terms of a text, in order, repeats kept. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    const term = termOf(word);
    if (term !== null) out.push(term);
  }
  return out;
}
