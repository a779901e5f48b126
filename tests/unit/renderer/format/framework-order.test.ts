import { describe, expect, it } from 'vitest';
import type { FrameworkSummary } from '../../../../core/frameworks/registry';
import { isTarget, targetsFirst } from '../../../../renderer/format/framework-order';

const summary = (id: string): FrameworkSummary => ({ id, name: id, shortName: id, kind: 'registration', awardingBody: 'Body', edition: '1', origin: 'built-in', criteriaCount: 1, pendingCount: 0, overrideCount: 0 });

describe('targetsFirst', () => {
  it('puts the user’s targets first in their order and keeps the rest in the backend’s order', () => {
    const list = ['sc-rscitech', 'psf2023-afhea', 'sc-csci', 'ukspec4-engtech'].map(summary);
    const profile = { targetRegistrations: [{ frameworkId: 'ukspec4-engtech' }, { frameworkId: 'sc-csci' }] };
    expect(targetsFirst(list, profile).map((f) => f.id)).toEqual(['ukspec4-engtech', 'sc-csci', 'sc-rscitech', 'psf2023-afhea']);
    expect(isTarget('sc-csci', profile)).toBe(true);
    expect(isTarget('sc-rscitech', profile)).toBe(false);
  });

  it('leaves the order alone without a profile', () => {
    expect(targetsFirst(['b', 'a'].map(summary), undefined).map((f) => f.id)).toEqual(['b', 'a']);
  });
});
