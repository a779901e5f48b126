import MiniSearch from 'minisearch';
import { sourceKey, type ExampleSource } from './example-sources';
import { termOf, termsOf, wordsOf } from './terms';

interface IndexedDoc {
  key: string;
  title: string;
  body: string;
  outcomes: string;
  tags: string;
}

export interface IndexHit {
  key: string;
  score: number;
}

/** Best first; equal scores in key order, so a ranking never depends on the order records were indexed. */
export const byScore = (a: IndexHit, b: IndexHit): number => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** A title or tag says what a record is about more surely than a sentence in its description. */
const FIELD_BOOST = { title: 2, tags: 2, outcomes: 1.2, body: 1 };

/** The terms of a query are index terms already: each query leaf is one term, used as it is. */
const asTerm = (term: string): string[] => [term];
const same = (term: string): string => term;

/**
 * The user's records, indexed for BM25 search (MiniSearch), kept in step with the portfolio by
 * record identity: stored records are frozen and an unchanged one stays the same object, so after a
 * save only the records that changed are indexed again, never all 5,000.
 */
export class ExampleIndex {
  private readonly search = new MiniSearch<IndexedDoc>({
    idField: 'key',
    fields: ['title', 'body', 'outcomes', 'tags'],
    storeFields: [],
    tokenize: (text) => wordsOf(text),
    processTerm: (word) => termOf(word),
  });
  private readonly sources = new Map<string, ExampleSource>();
  private readonly termSets = new Map<string, ReadonlySet<string>>();
  private readonly documentFrequency = new Map<string, number>();
  private changes = 0;
  /** The distinctive terms picked from each vocabulary, kept while the records are unchanged. */
  private readonly distinct = new WeakMap<ReadonlyMap<string, number>, { version: number; count: number; terms: Map<string, number> }>();
  /** Each search's hits, best first, kept while the records are unchanged: a criterion looked at again is not searched again. */
  private readonly found = new WeakMap<ReadonlyMap<string, number>, { version: number; hits: IndexHit[] }>();

  /** Goes up whenever a record is added, changed or removed, so answers built from the index can be cached against it. */
  get version(): number {
    return this.changes;
  }

  /** Brings the index up to date with these sources; returns how many were (re)indexed. */
  sync(sources: readonly ExampleSource[]): number {
    let changed = 0;
    const present = new Set<string>();
    for (const source of sources) {
      const key = sourceKey(source.kind, source.id);
      present.add(key);
      const known = this.sources.get(key);
      if (known === source) continue;
      if (known !== undefined) this.remove(key);
      this.add(key, source);
      changed++;
    }
    for (const key of [...this.sources.keys()]) {
      if (!present.has(key)) {
        this.remove(key);
        changed++;
      }
    }
    this.changes += changed;
    return changed;
  }

  get size(): number {
    return this.sources.size;
  }

  source(key: string): ExampleSource | undefined {
    return this.sources.get(key);
  }

  allSources(): IterableIterator<[string, ExampleSource]> {
    return this.sources.entries();
  }

  /** The distinct index terms of a record. */
  termsOf(key: string): ReadonlySet<string> {
    return this.termSets.get(key) ?? new Set();
  }

  /** How rare a term is among the records: rarer terms say more about what a record is about. */
  idf(term: string): number {
    const n = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.sources.size - n + 0.5) / (n + 0.5));
  }

  /**
   * The `count` terms that single records out best: each term's weight times its rarity, best
   * first, leaving out terms no record has (they find nothing). A long criterion vocabulary
   * searched whole spends most of its time on common words that barely change the ranking.
   */
  distinctive(weights: ReadonlyMap<string, number>, count: number): ReadonlyMap<string, number> {
    // The same Map for the same question while the records are unchanged, so its search is kept too (hitsOf).
    const kept = this.distinct.get(weights);
    if (kept?.version === this.changes && kept.count === count) return kept.terms;
    const terms = this.pickDistinctive(weights, count);
    this.distinct.set(weights, { version: this.changes, count, terms });
    return terms;
  }

  private pickDistinctive(weights: ReadonlyMap<string, number>, count: number): Map<string, number> {
    const ranked: [string, number, number][] = [];
    for (const [term, weight] of weights) if (this.documentFrequency.has(term)) ranked.push([term, weight, weight * this.idf(term)]);
    ranked.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
    return new Map(ranked.slice(0, count).map(([term, weight]) => [term, weight]));
  }

  /** Records containing any of the weighted terms, best first (BM25, each term scaled by its weight). */
  query(weights: ReadonlyMap<string, number>, options: { exclude?: (key: string) => boolean; limit?: number } = {}): IndexHit[] {
    return this.rank([{ weights, weight: 1 }], options);
  }

  /**
   * Several weighted searches at once: each search's scores scaled so its best record has 1, times
   * its weight, added per record; the best `limit` records (all by default), best first. Each search
   * is one MiniSearch query: an OR of its terms, each term boosted by its weight.
   */
  rank(searches: readonly { weights: ReadonlyMap<string, number>; weight: number }[], options: { exclude?: (key: string) => boolean; limit?: number } = {}): IndexHit[] {
    if (this.sources.size === 0) return [];
    const exclude = options.exclude;
    const combined = new Map<string, number>();
    for (const { weights, weight } of searches) {
      if (weights.size === 0) continue;
      const hits = this.hitsOf(weights);
      // Left-out records neither rank nor set the best score the others are scaled to.
      const best = hits.find((hit) => exclude?.(hit.key) !== true)?.score;
      if (best === undefined) continue;
      const scale = weight / (best || 1);
      for (const { key, score } of hits) {
        if (exclude?.(key) === true) continue;
        combined.set(key, (combined.get(key) ?? 0) + score * scale);
      }
    }
    const limit = options.limit ?? Infinity;
    const top: IndexHit[] = [];
    for (const [key, score] of combined) {
      if (top.length >= limit && byScore({ key, score }, top[top.length - 1]!) >= 0) continue;
      top.push({ key, score });
      if (limit !== Infinity) {
        top.sort(byScore);
        if (top.length > limit) top.pop();
      }
    }
    return limit === Infinity ? top.sort(byScore) : top;
  }

  /**
   * Every record holding any of the terms, best first: one MiniSearch query, an OR of the terms with
   * each boosted by its weight. Kept against the weights (the same Map object) until a record
   * changes, so callers that keep their weights get repeated searches for nothing.
   */
  private hitsOf(weights: ReadonlyMap<string, number>): IndexHit[] {
    const kept = this.found.get(weights);
    if (kept?.version === this.changes) return kept.hits;
    const hits = this.search
      .search({ combineWith: 'OR', queries: [...weights.keys()] }, { tokenize: asTerm, processTerm: same, boost: FIELD_BOOST, boostTerm: (term) => weights.get(term) ?? 1 })
      .map((r) => ({ key: r.id as string, score: r.score }));
    this.found.set(weights, { version: this.changes, hits });
    return hits;
  }

  /** The query terms a record contains. */
  matchedTerms(key: string, weights: ReadonlyMap<string, number>): string[] {
    const terms = this.termsOf(key);
    return [...weights.keys()].filter((t) => terms.has(t));
  }

  private add(key: string, source: ExampleSource): void {
    const doc = { key, title: source.title, body: source.body, outcomes: source.outcomes, tags: source.tags };
    this.search.add(doc);
    this.sources.set(key, source);
    const terms = new Set(termsOf([doc.title, doc.body, doc.outcomes, doc.tags].join('\n')));
    this.termSets.set(key, terms);
    for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
  }

  private remove(key: string): void {
    if (!this.sources.has(key)) return;
    this.search.discard(key);
    for (const term of this.termSets.get(key) ?? []) {
      const n = (this.documentFrequency.get(term) ?? 1) - 1;
      if (n <= 0) this.documentFrequency.delete(term);
      else this.documentFrequency.set(term, n);
    }
    this.termSets.delete(key);
    this.sources.delete(key);
  }
}
