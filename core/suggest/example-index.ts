import { sourceKey, type ExampleSource } from './example-sources';
import { FieldPostings } from './field-postings';
import { termsOf } from './terms';

export interface IndexHit {
  key: string;
  score: number;
}

/** Best first; equal scores in key order, so a ranking never depends on the order records were indexed. */
export const byScore = (a: IndexHit, b: IndexHit): number => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The fields a record is indexed by, and how much each says: a title or tag says what a record is about more surely than a sentence in its description. */
const FIELDS = [
  { text: (s: ExampleSource) => s.title, boost: 2 },
  { text: (s: ExampleSource) => s.body, boost: 1 },
  { text: (s: ExampleSource) => s.outcomes, boost: 1.2 },
  { text: (s: ExampleSource) => s.tags, boost: 2 },
] as const;

interface Indexed {
  source: ExampleSource;
  slot: number;
  fields: string[][];
}

/**
 * The user's records, indexed for BM25 search (field-postings.ts), kept in step with the portfolio by
 * record identity: stored records are frozen and an unchanged one stays the same object, so after a
 * save only the records that changed are indexed again, never all 5,000.
 */
export class ExampleIndex {
  private readonly postings = new FieldPostings(FIELDS.map((f) => f.boost));
  private readonly sources = new Map<string, Indexed>();
  private readonly keys: string[] = [];
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
      const known = this.sources.get(key)?.source;
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
    return this.sources.get(key)?.source;
  }

  *allSources(): IterableIterator<[string, ExampleSource]> {
    for (const [key, indexed] of this.sources) yield [key, indexed.source];
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
    return this.scoreAll(weights, options).sort(byScore);
  }

  /** The same records and scores as query, in no particular order: for callers that merge several searches before ranking. */
  scoreAll(weights: ReadonlyMap<string, number>, options: { exclude?: (key: string) => boolean } = {}): IndexHit[] {
    if (weights.size === 0 || this.sources.size === 0) return [];
    const hits: IndexHit[] = [];
    for (const { slot, score } of this.postings.score(weights)) {
      const key = this.keys[slot]!;
      if (options.exclude?.(key) !== true) hits.push({ key, score });
    }
    return hits;
  }

  /** The query terms a record contains. */
  matchedTerms(key: string, weights: ReadonlyMap<string, number>): string[] {
    const terms = this.termsOf(key);
    return [...weights.keys()].filter((t) => terms.has(t));
  }

  private add(key: string, source: ExampleSource): void {
    const fields = FIELDS.map((f) => termsOf(f.text(source)));
    const slot = this.postings.add(fields);
    this.keys[slot] = key;
    this.sources.set(key, { source, slot, fields });
    const terms = new Set(fields.flat());
    this.termSets.set(key, terms);
    for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
  }

  private remove(key: string): void {
    const indexed = this.sources.get(key);
    if (indexed === undefined) return;
    this.postings.remove(indexed.slot, indexed.fields);
    for (const term of this.termSets.get(key) ?? []) {
      const n = (this.documentFrequency.get(term) ?? 1) - 1;
      if (n <= 0) this.documentFrequency.delete(term);
      else this.documentFrequency.set(term, n);
    }
    this.termSets.delete(key);
    this.sources.delete(key);
  }
}
