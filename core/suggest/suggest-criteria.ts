import MiniSearch from 'minisearch';
import { indexCodes } from '../frameworks/codes';
import type { LoadedFramework } from '../frameworks/registry';
import type { CriterionMapping } from '../model/mapping';
import { frameworkVocabulary, WEIGHTS, type CriterionVocabulary } from './criterion-vocabulary';
import type { ExampleIndex } from './example-index';
import { mappedVocabulary, countSimilar, type MappedVocabulary } from './mapped-vocabulary';
import { matchedWords } from './matched-words';
import { neighbourVotes } from './neighbour-votes';
import { termOf, wordsOf } from './terms';

/** The text of a record being written or saved: all the finder reads of it. */
export interface RecordText {
  title: string;
  body: string;
  outcomes: string;
  tags: string;
  mappings: readonly CriterionMapping[];
}

export interface CriterionSuggestion {
  code: string;
  areaCode: string;
  /** 0 to 100, relative to the best suggestion for the framework. */
  score: number;
  matched: string[];
  similarMapped: number;
  reasons: string[];
}

export interface SuggestOptions {
  /** How many criteria per framework. */
  limit?: number;
  /** The record's own key (sourceKey), so it is not its own neighbour. */
  key?: string;
  /** Criteria dismissed for this record, as "frameworkId:code". */
  dismissed?: ReadonlySet<string>;
}

interface CriterionDoc {
  code: string;
  criterionThemes: string;
  areaThemes: string;
  wording: string;
  area: string;
  guidance: string;
}

const criteriaIndexes = new WeakMap<LoadedFramework, MiniSearch<CriterionDoc>>();

/** One small BM25 index per framework whose documents are its criteria, each field weighted like the vocabulary. */
function criteriaIndex(loaded: LoadedFramework): MiniSearch<CriterionDoc> {
  let found = criteriaIndexes.get(loaded);
  if (found) return found;
  found = new MiniSearch<CriterionDoc>({
    idField: 'code',
    fields: ['criterionThemes', 'areaThemes', 'wording', 'area', 'guidance'],
    tokenize: (text) => wordsOf(text),
    processTerm: (word) => termOf(word),
  });
  const byWeight = (v: CriterionVocabulary, weight: number) =>
    v.phrases
      .filter((p) => p.weight === weight)
      .map((p) => p.text)
      .join('\n');
  found.addAll(
    frameworkVocabulary(loaded).map((v) => ({
      code: v.code,
      criterionThemes: byWeight(v, WEIGHTS.criterionTheme),
      areaThemes: byWeight(v, WEIGHTS.areaTheme),
      wording: byWeight(v, WEIGHTS.wording),
      area: byWeight(v, WEIGHTS.area),
      guidance: byWeight(v, WEIGHTS.guidance),
    })),
  );
  criteriaIndexes.set(loaded, found);
  return found;
}

/**
 * How the signals add up, each scaled so its best criterion has 1, on top of the record's match
 * with the criteria's words: the words of the records mapped to each criterion (prior), the
 * criteria of the most similar mapped records (neighbours), and the criterion's area, scored by its
 * best criterion plus a share of its second best (so an area several criteria point to wins).
 * The user's mappings weigh little: the record's words choose the area, and where the words cannot
 * tell an area's criteria apart (as with RSciTech's, whose wording is not yet confirmed), the
 * user's mappings choose among them.
 */
const SIGNAL_WEIGHTS = { prior: 0.1, neighbours: 0.1, area: 0.5, areaSecond: 0.5 } as const;

/** A term repeated by its weight, so the mapped words' document tells BM25 which words matter most. */
const repeatByWeight = (terms: ReadonlyMap<string, number>) => [...terms].flatMap(([term, w]) => Array<string>(1 + Math.round(3 * w)).fill(term)).join(' ');

const mappedIndexes = new WeakMap<Map<string, MappedVocabulary>, MiniSearch<{ code: string; mapped: string }>>();

/** One document per criterion holding the words of the records the user mapped to it. */
function mappedIndex(mapped: Map<string, MappedVocabulary>): MiniSearch<{ code: string; mapped: string }> {
  let found = mappedIndexes.get(mapped);
  if (found) return found;
  found = new MiniSearch<{ code: string; mapped: string }>({ idField: 'code', fields: ['mapped'], tokenize: (t) => t.split(' '), processTerm: (t) => t });
  found.addAll([...mapped].map(([code, v]) => ({ code, mapped: repeatByWeight(v.terms) })));
  mappedIndexes.set(mapped, found);
  return found;
}

/**
 * The criteria of one framework a record most likely shows, best first. The record's words are
 * searched among the criteria (their themes, wording and guidance) and, once the user has mapped
 * records, among the words of the records mapped to each criterion: the user's own way of
 * describing such work, which weighs more. Criteria the record is already mapped to, or that were dismissed for it, are
 * left out.
 */
export function suggestCriteria(index: ExampleIndex, loaded: LoadedFramework, record: RecordText, options: SuggestOptions = {}): CriterionSuggestion[] {
  const { framework } = loaded;
  const codes = indexCodes(framework);
  const vocabularies = new Map(frameworkVocabulary(loaded).map((v) => [v.code, v]));
  const taken = new Set<string>();
  for (const m of record.mappings) {
    if (m.frameworkId !== framework.id) continue;
    const r = codes.resolve(m.code);
    if (r.kind === 'current' || r.kind === 'alias') taken.add(r.code);
  }
  const open = (code: string) => !taken.has(code) && options.dismissed?.has(`${framework.id}:${code}`) !== true;

  const recordTerms = weightedTerms(record);
  if (recordTerms.size === 0) return [];

  const content = criteriaIndex(loaded).search([...recordTerms.keys()].join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    combineWith: 'OR',
    boost: { criterionThemes: WEIGHTS.criterionTheme, areaThemes: WEIGHTS.areaTheme, wording: WEIGHTS.wording, area: WEIGHTS.area, guidance: WEIGHTS.guidance },
    boostTerm: (term) => recordTerms.get(term) ?? 1,
  });

  const mapped = mappedVocabulary(index, loaded);
  const prior = mapped.size > 0 ? mappedIndex(mapped).search([...recordTerms.keys()].join(' '), { tokenize: (t) => t.split(' '), processTerm: (t) => t, combineWith: 'OR', boostTerm: (term) => recordTerms.get(term) ?? 1 }) : [];

  const scores = new Map<string, { score: number; matched: string[] }>();
  const contentMax = content[0]?.score ?? 1;
  for (const hit of content) scores.set(hit.id as string, { score: hit.score / contentMax, matched: hit.queryTerms });
  const priorMax = prior[0]?.score ?? 1;
  for (const hit of prior) {
    const found = scores.get(hit.id as string) ?? { score: 0, matched: [] };
    found.score += (SIGNAL_WEIGHTS.prior * hit.score) / priorMax;
    scores.set(hit.id as string, found);
  }
  if (mapped.size > 0) {
    for (const [code, vote] of neighbourVotes(index, loaded, recordTerms, options.key)) {
      const found = scores.get(code) ?? { score: 0, matched: [] };
      found.score += SIGNAL_WEIGHTS.neighbours * vote;
      scores.set(code, found);
    }
  }
  addAreaScores(scores, vocabularies);
  const termSet = new Set(recordTerms.keys());

  const ranked = [...scores]
    .filter(([code]) => open(code) && vocabularies.has(code))
    .sort((a, b) => b[1].score - a[1].score || codes.codes.indexOf(a[0]) - codes.codes.indexOf(b[0]))
    .slice(0, options.limit ?? 3);
  const best = ranked[0]?.[1].score ?? 1;
  return ranked.map(([code, s]) => {
    const vocabulary = vocabularies.get(code)!;
    const matched = matchedWords(s.matched, vocabulary);
    const similar = countSimilar(index, termSet, options.key, mapped.get(code));
    const reasons: string[] = [];
    if (matched.length > 0) reasons.push(`mentions: ${matched.join(', ')}`);
    if (similar > 0) reasons.push(`you mapped ${similar} similar record${similar === 1 ? '' : 's'} to ${code}`);
    return { code, areaCode: vocabulary.areaCode, score: Math.round((100 * s.score) / best), matched, similarMapped: similar, reasons };
  });
}

/** The record's terms, each weighted by how often it appears (dampened), a title word counting double. */
function weightedTerms(record: RecordText): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (text: string, by: number) => {
    for (const word of wordsOf(text)) {
      const term = termOf(word);
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + by);
    }
  };
  count(record.title, 2);
  count(record.tags, 2);
  count(record.body, 1);
  count(record.outcomes, 1);
  return new Map([...counts].map(([term, n]) => [term, 1 + Math.log(n)]));
}

/** Each criterion gains its area's score (its area's best criterion plus a share of the second best), scaled so the best area adds SIGNAL_WEIGHTS.area. */
function addAreaScores(scores: Map<string, { score: number }>, vocabularies: ReadonlyMap<string, CriterionVocabulary>): void {
  const byArea = new Map<string, number[]>();
  for (const [code, s] of scores) {
    const area = vocabularies.get(code)?.areaCode;
    if (area === undefined) continue;
    byArea.set(area, [...(byArea.get(area) ?? []), s.score]);
  }
  const areaScore = new Map([...byArea].map(([area, list]) => {
    const [first = 0, second = 0] = list.sort((a, b) => b - a);
    return [area, first + SIGNAL_WEIGHTS.areaSecond * second] as const;
  }));
  const best = Math.max(0, ...areaScore.values()) || 1;
  for (const [code, s] of scores) s.score += (SIGNAL_WEIGHTS.area * (areaScore.get(vocabularies.get(code)?.areaCode ?? '') ?? 0)) / best;
}
