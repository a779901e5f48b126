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
  private combined = new Float64Array(0);
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
  query(weights: ReadonlyMap<string, number>, options: { exclude?: (key: string) => boolean; limit?: number } = {}): IndexHit[] {
    return this.rank([{ weights, weight: 1 }], options);
  }

  /**
   * Several weighted searches at once: each search's scores scaled so its best record has 1, times
   * its weight, added per record; the best `limit` records (all by default), best first. Scored in
   * typed arrays, so a search over 5,000 records makes objects only for the records returned.
   */
  rank(searches: readonly { weights: ReadonlyMap<string, number>; weight: number }[], options: { exclude?: (key: string) => boolean; limit?: number } = {}): IndexHit[] {
    if (this.sources.size === 0) return [];
    if (this.combined.length < this.keys.length) this.combined = new Float64Array(this.keys.length * 2);
    const combined = this.combined;
    const exclude = options.exclude;
    const touched: number[] = [];
    for (const { weights, weight } of searches) {
      if (weights.size === 0) continue;
      const { slots, scores, length } = this.postings.score(weights);
      // Left-out records neither rank nor set the best score the others are scaled to.
      let best = 0;
      for (let i = 0; i < length; i++) {
        if (exclude?.(this.keys[slots[i]!]!) === true) scores[i] = 0;
        else best = Math.max(best, scores[i]!);
      }
      const scale = weight / (best || 1);
      for (let i = 0; i < length; i++) {
        const slot = slots[i]!;
        if (scores[i] === 0) continue;
        if (combined[slot] === 0) touched.push(slot);
        combined[slot]! += scores[i]! * scale;
      }
    }
    const limit = options.limit ?? Infinity;
    const top: IndexHit[] = [];
    for (const slot of touched) {
      const score = combined[slot]!;
      combined[slot] = 0;
      const key = this.keys[slot]!;
      if (top.length >= limit && byScore({ key, score }, top[top.length - 1]!) >= 0) continue;
      top.push({ key, score });
      if (limit !== Infinity) {
        top.sort(byScore);
        if (top.length > limit) top.pop();
      }
    }
    return limit === Infinity ? top.sort(byScore) : top;
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
