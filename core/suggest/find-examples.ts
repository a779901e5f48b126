import { indexCodes } from '../frameworks/codes';
import type { LoadedFramework } from '../frameworks/registry';
import type { MappedItemKind } from '../coverage/schema';
import { frameworkVocabulary, type CriterionVocabulary } from './criterion-vocabulary';
import type { ExampleIndex } from './example-index';
import { sourceKey, type ExampleSource } from './example-sources';
import { countSimilar, mappedVocabulary } from './mapped-vocabulary';
import { matchedWords } from './matched-words';

export interface ExampleMatch {
  kind: MappedItemKind;
  id: string;
  title: string;
  date?: string;
  /** 0 to 100, relative to the best match for this criterion. */
  score: number;
  /** The words of the record that matched, as a reader would say them. */
  matched: string[];
  /** How many records the user mapped to this criterion are like this one. */
  similarMapped: number;
  /** One line each: why this record was ranked here. */
  reasons: string[];
  draft: boolean;
}

export interface FindExamplesOptions {
  limit?: number;
  /** Records dismissed as examples of this criterion, as sourceKey(kind, id). */
  dismissed?: ReadonlySet<string>;
  /** Records already mapped to the criterion are left out unless asked for: they are already its examples. */
  includeMapped?: boolean;
  /** How many of the criterion's terms are searched for (its most distinctive); QUERY_TERMS unless given. */
  queryTerms?: number;
}

/**
 * How many of a criterion's vocabulary terms the search uses, the most distinctive first: a
 * vocabulary runs to 60 or 70 terms, and the time a search takes grows with the records its terms
 * find. Measured with scripts/bench/examples-terms.ts: with 20, the first five examples are as often
 * labelled with the criterion as with the whole vocabulary (with 10, fewer are), and over 5,000
 * records 85% of the first ten examples are the whole vocabulary's.
 */
export const QUERY_TERMS = 20;

/**
 * The user's records ranked by how well each could serve as an example of one criterion. Two
 * searches over the same index: the criterion's vocabulary (themes, wording, guidance), and, once
 * the user has mapped records to it, the words those records share (their own way of describing
 * such work). The second is the stronger signal, so it weighs more as mappings accumulate.
 */
export function findExamples(index: ExampleIndex, loaded: LoadedFramework, code: string, options: FindExamplesOptions = {}): ExampleMatch[] {
  const codes = indexCodes(loaded.framework);
  const resolved = codes.resolve(code);
  if (resolved.kind !== 'current' && resolved.kind !== 'alias') return [];
  const vocabulary = frameworkVocabulary(loaded).find((v) => v.code === resolved.code)!;
  const limit = options.limit ?? 10;

  const mapped = mappedVocabulary(index, loaded).get(resolved.code);
  const mappedKeys = mapped?.keys ?? new Set<string>();
  const exclude = (key: string) => options.dismissed?.has(key) === true || (!options.includeMapped && mappedKeys.has(key));

  // The criterion's vocabulary and the mapped records' words, each scaled to its best match; the mapped words weighted by priorWeight.
  const top = index.rank(
    [
      { weights: index.distinctive(vocabulary.termWeights, options.queryTerms ?? QUERY_TERMS), weight: 1 },
      ...(mapped ? [{ weights: mapped.terms, weight: priorWeight(mappedKeys.size) }] : []),
    ],
    { exclude, limit },
  );
  const best = top[0]?.score ?? 1;
  return top.map((hit) => {
    const source = index.source(hit.key)!;
    const similar = countSimilar(index, index.termsOf(hit.key), hit.key, mapped);
    return toMatch(source, Math.round((100 * hit.score) / best), matchedWords(index.matchedTerms(hit.key, vocabulary.termWeights), vocabulary), similar, vocabulary);
  });
}

/** How much the user's own mappings count against the criterion's vocabulary: more, the more there are. */
export const priorWeight = (mappedCount: number): number => (mappedCount === 0 ? 0 : Math.min(2, 0.8 + 0.3 * mappedCount));

function toMatch(source: ExampleSource, score: number, matched: string[], similarMapped: number, vocabulary: CriterionVocabulary): ExampleMatch {
  const reasons: string[] = [];
  if (matched.length > 0) reasons.push(`mentions: ${matched.join(', ')}`);
  if (similarMapped > 0) reasons.push(`you mapped ${similarMapped} similar record${similarMapped === 1 ? '' : 's'} to ${vocabulary.code}`);
  if (source.draft) reasons.push('a draft: finish it before it counts');
  return {
    kind: source.kind,
    id: source.id,
    title: source.title,
    ...(source.date !== undefined ? { date: source.date } : {}),
    score,
    matched,
    similarMapped,
    reasons,
    draft: source.draft,
  };
}

export { sourceKey };
