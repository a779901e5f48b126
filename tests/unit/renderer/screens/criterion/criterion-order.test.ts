import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../../../../core/frameworks/schema';
import { findCriterion } from '../../../../../renderer/screens/criterion/criterion-order';

const rscitech = Framework.parse(JSON.parse(readFileSync('assets/frameworks/sc-rscitech.json', 'utf8')));

describe('findCriterion', () => {
  it('gives the neighbours across area boundaries in the framework’s order', () => {
    const a3 = findCriterion(rscitech, 'A3')!;
    expect(a3.previous?.code).toBe('A2');
    expect(a3.next?.code).toBe('B1');
    expect(a3.area.code).toBe('A');
    expect(a3.total).toBe(15);
  });

  it('has no previous for the first and no next for the last, and null for an unknown code', () => {
    expect(findCriterion(rscitech, 'A1')?.previous).toBeUndefined();
    expect(findCriterion(rscitech, 'E2')?.next).toBeUndefined();
    expect(findCriterion(rscitech, 'Z9')).toBeNull();
  });
});
