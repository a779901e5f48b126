import { indexCodes } from '../frameworks/codes';
import type { LoadedFramework } from '../frameworks/registry';
import type { ExampleIndex } from './example-index';

/**
 * What the user's own mappings say about each criterion: the records mapped to it and the words
 * those records share, weighted by how many of them use each word and how rare it is overall. It
 * is how this user describes such work, so it finds their other examples better than any
 * vocabulary of ours.
 */
export interface MappedVocabulary {
  keys: Set<string>;
  terms: Map<string, number>;
}

/** How many of the mapped records' words describe a criterion: enough to catch the topic, few enough to stay fast. */
const TERMS_PER_CRITERION = 30;

const cache = new WeakMap<ExampleIndex, { version: number; byFramework: Map<LoadedFramework, Map<string, MappedVocabulary>> }>();

export function mappedVocabulary(index: ExampleIndex, loaded: LoadedFramework): Map<string, MappedVocabulary> {
  let entry = cache.get(index);
  if (entry === undefined || entry.version !== index.version) {
    entry = { version: index.version, byFramework: new Map() };
    cache.set(index, entry);
  }
  let found = entry.byFramework.get(loaded);
  if (found === undefined) {
    found = build(index, loaded);
    entry.byFramework.set(loaded, found);
  }
  return found;
}

function build(index: ExampleIndex, loaded: LoadedFramework): Map<string, MappedVocabulary> {
  const codes = indexCodes(loaded.framework);
  const keysByCode = new Map<string, Set<string>>();
  for (const [key, source] of index.allSources()) {
    for (const m of source.mappings) {
      if (m.frameworkId !== loaded.framework.id) continue;
      const r = codes.resolve(m.code);
      if (r.kind !== 'current' && r.kind !== 'alias') continue;
      const keys = keysByCode.get(r.code) ?? new Set<string>();
      keys.add(key);
      keysByCode.set(r.code, keys);
    }
  }
  return new Map([...keysByCode].map(([code, keys]) => [code, { keys, terms: sharedTerms(index, keys) }]));
}

/** The words the records share, each weighted by the share of them using it times its rarity, the best scaled to 1. */
export function sharedTerms(index: ExampleIndex, keys: ReadonlySet<string>): Map<string, number> {
  if (keys.size === 0) return new Map();
  const counts = new Map<string, number>();
  for (const key of keys) for (const term of index.termsOf(key)) counts.set(term, (counts.get(term) ?? 0) + 1);
  // With several mapped records, a word only one of them uses is that record's topic, not the criterion's.
  const floor = keys.size >= 4 ? 2 : 1;
  const scored = [...counts]
    .filter(([, n]) => n >= floor)
    .map(([term, n]) => [term, (n / keys.size) * index.idf(term)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TERMS_PER_CRITERION);
  const max = scored[0]?.[1] ?? 1;
  return new Map(scored.map(([term, w]) => [term, w / max]));
}

/** Mapped records sharing at least two of the criterion's mapped words with this record. */
export function countSimilar(index: ExampleIndex, recordTerms: ReadonlySet<string>, ownKey: string | undefined, mapped: MappedVocabulary | undefined): number {
  if (mapped === undefined) return 0;
  const mine = [...recordTerms].filter((t) => mapped.terms.has(t));
  if (mine.length < 2) return 0;
  let n = 0;
  for (const other of mapped.keys) {
    if (other === ownKey) continue;
    const theirs = index.termsOf(other);
    let shared = 0;
    for (const t of mine) if (theirs.has(t) && ++shared >= 2) break;
    if (shared >= 2) n++;
  }
  return n;
}
