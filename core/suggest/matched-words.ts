import type { CriterionVocabulary } from './criterion-vocabulary';
import { termOf, wordsOf } from './terms';

const phraseTerms = new WeakMap<object, string[]>();

function termsOfPhrase(phrase: { text: string }): string[] {
  let terms = phraseTerms.get(phrase);
  if (terms === undefined) {
    terms = wordsOf(phrase.text).map(termOf).filter((t): t is string => t !== null);
    phraseTerms.set(phrase, terms);
  }
  return terms;
}

/**
 * The matched index terms as a reader would say them: a whole theme ("risk assessment") where a
 * record has all of its words, else the single words. Themes come first, as they are the most
 * telling; at most `limit` are given.
 */
export function matchedWords(matched: Iterable<string>, vocabulary: CriterionVocabulary, limit = 5): string[] {
  const left = new Set(matched);
  const out: string[] = [];
  const ordered = [...vocabulary.phrases].sort((a, b) => b.weight - a.weight);
  for (const phrase of ordered) {
    if (out.length >= limit) return out;
    const terms = termsOfPhrase(phrase);
    // Only short phrases read as a thing a record "mentions"; a heading is too long to quote.
    if (terms.length === 0 || terms.length > 3 || !terms.every((t) => left.has(t))) continue;
    out.push(wordsOf(phrase.text).length === terms.length ? phrase.text : terms.map((t) => vocabulary.surface.get(t) ?? t).join(' '));
    for (const t of terms) left.delete(t);
  }
  const rest = [...left].sort((a, b) => (vocabulary.termWeights.get(b) ?? 0) - (vocabulary.termWeights.get(a) ?? 0));
  for (const term of rest) {
    if (out.length >= limit) break;
    out.push(vocabulary.surface.get(term) ?? term);
  }
  return out;
}
