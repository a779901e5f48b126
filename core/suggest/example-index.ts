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
  /** The query terms the record contains. */
  matched: string[];
}

/** A title or tag says what a record is about more surely than a sentence in its description. */
const FIELD_BOOST = { title: 2, tags: 2, outcomes: 1.2, body: 1 };

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

  /** Records containing any of the weighted terms, best first (BM25, each term scaled by its weight). */
  query(weights: ReadonlyMap<string, number>, options: { exclude?: (key: string) => boolean } = {}): IndexHit[] {
    if (weights.size === 0 || this.sources.size === 0) return [];
    const terms = [...weights.keys()];
    const results = this.search.search(terms.join(' '), {
      // The terms are already index terms: split on spaces only and use them as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      combineWith: 'OR',
      boost: FIELD_BOOST,
      boostTerm: (term) => weights.get(term) ?? 1,
      ...(options.exclude ? { filter: (result) => !options.exclude!(result.id as string) } : {}),
    });
    return results.map((r) => ({ key: r.id as string, score: r.score, matched: r.queryTerms }));
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
