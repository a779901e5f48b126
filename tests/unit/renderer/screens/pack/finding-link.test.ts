import { describe, expect, it } from 'vitest';
import { findingHref } from '../../../../../renderer/screens/pack/finding-link';

describe('findingHref', () => {
  it('sends each finding to the screen where it is fixed', () => {
    expect(findingHref({ screen: 'statement', frameworkId: 'sc-rscitech', code: 'A1' })).toBe('/frameworks/sc-rscitech/A1');
    expect(findingHref({ screen: 'statement' })).toBe('/frameworks');
    expect(findingHref({ screen: 'evidence', id: 'x' })).toBe('/evidence');
    expect(findingHref({ screen: 'cpd', id: 'rec 1' })).toBe('/cpd/rec%201');
    expect(findingHref({ screen: 'supporters' })).toBe('/profile');
    expect(findingHref({ screen: 'training' })).toBe('/training');
    expect(findingHref({ screen: 'pack' })).toBeNull();
  });
});
