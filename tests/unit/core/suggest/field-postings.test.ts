import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { FieldPostings } from '../../../../core/suggest/field-postings';
import { termsOf } from '../../../../core/suggest/terms';
import { LABELLED_RECORDS } from './fixtures-records';

const FIELDS = ['title', 'description', 'outcomes'] as const;
const BOOSTS = [2, 1, 1.2];
const docs = LABELLED_RECORDS.map((r, i) => ({ id: i, title: r.title, description: r.description, outcomes: r.outcomes }));

function miniSearchOf(list: typeof docs): MiniSearch<(typeof docs)[number]> {
  const search = new MiniSearch<(typeof docs)[number]>({ fields: [...FIELDS], tokenize: termsOf, processTerm: (t) => t });
  search.addAll(list);
  return search;
}

function scoresOf(postings: FieldPostings, slots: Map<number, number>, weights: Map<string, number>): Map<number, number> {
  const found = postings.score(weights);
  return new Map(Array.from({ length: found.length }, (_, i) => [slots.get(found.slots[i]!)!, found.scores[i]!]));
}

describe('FieldPostings', () => {
  const weights = new Map([...new Set(termsOf('risk assessment COSHH spill calibration students explained budget fault safety conference'))].map((t, i) => [t, 1 + (i % 3) / 2]));

  it('scores like MiniSearch BM25 with field boosts and term weights', () => {
    const postings = new FieldPostings(BOOSTS);
    const slots = new Map(docs.map((d) => [postings.add(FIELDS.map((f) => termsOf(d[f]))), d.id]));
    const expected = miniSearchOf(docs).search([...weights.keys()].join(' '), {
      tokenize: (t) => t.split(' '),
      processTerm: (t) => t,
      combineWith: 'OR',
      boost: { title: 2, description: 1, outcomes: 1.2 },
      boostTerm: (t) => weights.get(t) ?? 1,
    });
    const found = scoresOf(postings, slots, weights);
    expect(expected.length).toBeGreaterThan(10);
    expect(found.size).toBe(expected.length);
    for (const hit of expected) expect(found.get(hit.id as number)).toBeCloseTo(hit.score, 9);
  });

  it('forgets a removed document and reuses its slot, scoring as if it had never been there', () => {
    const postings = new FieldPostings(BOOSTS);
    const fields = docs.map((d) => FIELDS.map((f) => termsOf(d[f])));
    const slotOf = fields.map((f) => postings.add(f));
    for (const i of [3, 10, 20]) postings.remove(slotOf[i]!, fields[i]!);
    expect(postings.size).toBe(docs.length - 3);
    // The next document takes a freed slot.
    const again = postings.add(fields[10]!);
    expect([slotOf[3], slotOf[10], slotOf[20]]).toContain(again);
    const slots = new Map(slotOf.map((slot, i) => [slot, i]).filter(([, i]) => ![3, 10, 20].includes(i!)) as [number, number][]);
    slots.set(again, 10);
    const kept = docs.filter((d) => d.id !== 3 && d.id !== 20);
    const expected = miniSearchOf(kept).search([...weights.keys()].join(' '), { tokenize: (t) => t.split(' '), processTerm: (t) => t, combineWith: 'OR', boost: { title: 2, description: 1, outcomes: 1.2 }, boostTerm: (t) => weights.get(t) ?? 1 });
    const found = scoresOf(postings, slots, weights);
    expect(found.size).toBe(expected.length);
    for (const hit of expected) expect(found.get(hit.id as number)).toBeCloseTo(hit.score, 9);
  });
});
