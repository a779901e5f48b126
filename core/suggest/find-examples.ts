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
}

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

  const content = index.query(vocabulary.termWeights, { exclude });
  const prior = mapped ? index.query(mapped.terms, { exclude }) : [];

  const combined = combine(content, prior, mappedKeys.size);
  const top = combined.slice(0, limit);
  const best = top[0]?.score ?? 1;
  return top.map((hit) => {
    const source = index.source(hit.key)!;
    const similar = countSimilar(index, index.termsOf(hit.key), hit.key, mapped);
    return toMatch(source, Math.round((100 * hit.score) / best), matchedWords(hit.matched, vocabulary), similar, vocabulary);
  });
}

interface Scored {
  key: string;
  score: number;
  matched: string[];
}

/** How much the user's own mappings count against the criterion's vocabulary: more, the more there are. */
export const priorWeight = (mappedCount: number): number => (mappedCount === 0 ? 0 : Math.min(2, 0.8 + 0.3 * mappedCount));

/** Each search's scores scaled to its best, then added, the mapped records' search weighted by priorWeight. */
function combine(content: readonly { key: string; score: number; matched: string[] }[], prior: readonly { key: string; score: number }[], mappedCount: number): Scored[] {
  const scored = new Map<string, Scored>();
  const contentMax = content[0]?.score ?? 1;
  for (const hit of content) scored.set(hit.key, { key: hit.key, score: hit.score / contentMax, matched: hit.matched });
  const priorMax = prior[0]?.score ?? 1;
  const weight = priorWeight(mappedCount);
  for (const hit of prior) {
    const add = (weight * hit.score) / priorMax;
    const found = scored.get(hit.key);
    if (found) found.score += add;
    else scored.set(hit.key, { key: hit.key, score: add, matched: [] });
  }
  return [...scored.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

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
