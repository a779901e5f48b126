import { describe, expect, it } from 'vitest';
import { HEAT_LABELS, heatLevel } from '../../../../../renderer/screens/frameworks/heat-level';

describe('heatLevel', () => {
  it('steps from none to well evidenced, each step named in words', () => {
    expect([0, 1, 2, 3, 4, 12].map(heatLevel)).toEqual([0, 1, 2, 2, 3, 3]);
    expect(new Set(Object.values(HEAT_LABELS)).size).toBe(4);
  });
});
