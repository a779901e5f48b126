import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../core/model/deep-freeze';
import { Portfolio, PORTFOLIO_LIST_NAMES, PORTFOLIO_LISTS } from '../../../../core/model/portfolio';
import { validateChange } from '../../../../core/model/portfolio-change';
import { Profile } from '../../../../core/model/profile';
import { makeCpdRecord } from '../../../support/fixtures';
import { arbitraryFor, type StringPool } from '../../fuzz/zod-arbitrary';

const pool: StringPool = { values: ['fixture-0001', 'sc-rscitech', 'A1', 'B2', '2025-03-25', '2025-06-01T09:00:00.000Z', 'Autoclave validation', 'ist', 'hours'] };

function snapshot(): Portfolio {
  return deepFreeze(Portfolio.parse({ profile: { name: 'Siân Øvergaard' }, cpd: [makeCpdRecord(), makeCpdRecord({ title: 'HPLC maintenance' }), makeCpdRecord({ hours: 7 })] }));
}

/** What the full parse says of a candidate: the portfolio, or the error's issues. */
function fullParse(next: unknown) {
  const parsed = Portfolio.safeParse(next);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
}

function shortcut(previous: Portfolio, next: unknown) {
  try {
    return { ok: true, value: validateChange(previous, next) };
  } catch (error) {
    return { ok: false, issues: (error as { issues: unknown }).issues };
  }
}

/** A change as an API implementation makes one: a list with a record replaced, added or removed, or a new profile. */
const change = fc.oneof(
  fc.record({
    list: fc.constantFrom(...PORTFOLIO_LIST_NAMES),
    op: fc.constantFrom('replace', 'add', 'remove', 'not-a-list'),
    index: fc.nat(5),
  }).chain((c) => arbitraryFor(PORTFOLIO_LISTS[c.list].item, pool).map((record) => ({ ...c, record }))),
  arbitraryFor(Profile, pool).map((profile) => ({ list: 'profile' as const, op: 'profile' as const, index: 0, record: profile as unknown })),
);

interface Change {
  list: string;
  op: string;
  index: number;
  record: unknown;
}

function apply(previous: Portfolio, c: Change): unknown {
  if (c.op === 'profile') return { ...previous, profile: c.record };
  const list = [...(previous[c.list as keyof Portfolio] as unknown[])];
  if (c.op === 'replace' && list.length > 0) list[c.index % list.length] = c.record;
  else if (c.op === 'remove' && list.length > 0) list.splice(c.index % list.length, 1);
  else if (c.op === 'not-a-list') return { ...previous, [c.list]: c.record };
  else list.push(c.record);
  return { ...previous, [c.list]: list };
}

describe('validateChange', () => {
  it('accepts exactly what the full parse accepts, with the same result or the same error', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
        let previous = snapshot();
        for (const c of changes) {
          const next = apply(previous, c);
          const full = fullParse(next);
          const quick = shortcut(previous, next);
          expect(quick).toEqual(full);
          if (quick.ok) previous = quick.value as Portfolio;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the records a change did not touch as the same objects, and freezes the result', () => {
    const previous = snapshot();
    const edited = { ...previous.cpd[1]!, title: '  HPLC column care  ' };
    const next = validateChange(previous, { ...previous, cpd: previous.cpd.map((r, i) => (i === 1 ? edited : r)) });
    expect(next.cpd[0]).toBe(previous.cpd[0]);
    expect(next.cpd[2]).toBe(previous.cpd[2]);
    expect(next.cpd[1]!.title).toBe('HPLC column care');
    expect(next.training).toBe(previous.training);
    expect(Object.isFrozen(next) && Object.isFrozen(next.cpd) && Object.isFrozen(next.cpd[1]) && Object.isFrozen(next.cpd[1]!.tags)).toBe(true);
    expect(() => (next.cpd[1] as { title: string }).title = 'changed in place').toThrow(TypeError);
  });

  it("enforces a list's limit on the whole list, not only on the records added", () => {
    const previous = snapshot();
    const tooMany = Array.from({ length: 501 }, () => ({ from: '2024-01-01', to: '2024-03-01', reason: 'Parental leave' }));
    expect(() => validateChange(previous, { ...previous, cpdGapExplanations: tooMany })).toThrow();
    expect(Portfolio.safeParse({ ...previous, cpdGapExplanations: tooMany }).success).toBe(false);
  });

  it('leaves out keys the portfolio does not have, as the full parse does', () => {
    const previous = snapshot();
    const next = validateChange(previous, { ...previous, injected: { polluted: true } });
    expect(next).not.toHaveProperty('injected');
    expect(next).toEqual(Portfolio.parse({ ...previous, injected: true }));
  });
});
