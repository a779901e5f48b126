/**
 * A small inverted index scored like MiniSearch's BM25+ (k 1.2, b 0.7, d 0.5; each field scored on
 * its own and boosted; a document's score multiplied by how many of the query's terms it has), but
 * laid out for long weighted queries: a criterion's vocabulary is 100 terms or more, and scoring
 * them into one array of numbers per query is many times quicker than merging a result map per
 * term. Documents live in numbered slots, reused after a removal, so an edit re-indexes one record.
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** The slots a search found and their scores, in the first `length` places of each array; valid until the next search. */
export interface ScoredSlots {
  slots: Int32Array;
  scores: Float64Array;
  length: number;
}

export class FieldPostings {
  /** Per field: term → slot → how often the term occurs in that field. */
  private readonly postings: Map<string, Map<number, number>>[];
  /** Per field: each slot's length in distinct terms. */
  private readonly lengths: number[][];
  private readonly totalLength: number[];
  private readonly free: number[] = [];
  private slots = 0;
  private count = 0;
  private scores = new Float64Array(0);
  private hits = new Uint16Array(0);
  private found = new Int32Array(0);
  private foundScores = new Float64Array(0);
  /** The number of the query term that last counted each slot, so a slot is counted once per term whichever fields hold it. */
  private stamps = new Uint32Array(0);
  private stamp = 0;

  constructor(private readonly boosts: readonly number[]) {
    this.postings = boosts.map(() => new Map());
    this.lengths = boosts.map(() => []);
    this.totalLength = boosts.map(() => 0);
  }

  get size(): number {
    return this.count;
  }

  /** Indexes one document given as its terms per field (in the order of the boosts); returns its slot. */
  add(fields: readonly (readonly string[])[]): number {
    const slot = this.free.pop() ?? this.slots++;
    fields.forEach((terms, f) => {
      const postings = this.postings[f]!;
      for (const term of terms) {
        let bySlot = postings.get(term);
        if (bySlot === undefined) postings.set(term, (bySlot = new Map()));
        bySlot.set(slot, (bySlot.get(slot) ?? 0) + 1);
      }
      // A field's length is its number of distinct terms, as MiniSearch counts it.
      const length = new Set(terms).size;
      this.lengths[f]![slot] = length;
      this.totalLength[f]! += length;
    });
    this.count++;
    return slot;
  }

  /** Removes the document in a slot; its terms per field must be the ones it was added with. */
  remove(slot: number, fields: readonly (readonly string[])[]): void {
    fields.forEach((terms, f) => {
      const postings = this.postings[f]!;
      for (const term of new Set(terms)) {
        const bySlot = postings.get(term);
        bySlot?.delete(slot);
        if (bySlot?.size === 0) postings.delete(term);
      }
      this.totalLength[f]! -= this.lengths[f]![slot] ?? 0;
      this.lengths[f]![slot] = 0;
    });
    this.free.push(slot);
    this.count--;
  }

  /** Every slot holding at least one of the terms, with its score (each term's score times its weight). Unordered. */
  score(weights: ReadonlyMap<string, number>): ScoredSlots {
    if (this.scores.length < this.slots) {
      this.scores = new Float64Array(this.slots * 2);
      this.hits = new Uint16Array(this.slots * 2);
      this.found = new Int32Array(this.slots * 2);
      this.foundScores = new Float64Array(this.slots * 2);
      this.stamps = new Uint32Array(this.slots * 2);
      this.stamp = 0;
    }
    const { scores, hits, stamps, found, foundScores } = this;
    let length = 0;
    const n = this.count;
    for (const [term, weight] of weights) {
      const stamp = ++this.stamp;
      this.boosts.forEach((boost, f) => {
        const bySlot = this.postings[f]!.get(term);
        if (bySlot === undefined) return;
        const idf = Math.log(1 + (n - bySlot.size + 0.5) / (bySlot.size + 0.5));
        const avg = this.totalLength[f]! / n || 1;
        const lengths = this.lengths[f]!;
        const factor = weight * boost * idf;
        for (const [slot, tf] of bySlot) {
          scores[slot]! += factor * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[slot]!) / avg)));
          if (stamps[slot] !== stamp) {
            stamps[slot] = stamp;
            if (hits[slot] === 0) found[length++] = slot;
            hits[slot]!++;
          }
        }
      });
    }
    for (let i = 0; i < length; i++) {
      const slot = found[i]!;
      foundScores[i] = scores[slot]! * hits[slot]!;
      scores[slot] = 0;
      hits[slot] = 0;
    }
    return { slots: found, scores: foundScores, length };
  }
}
