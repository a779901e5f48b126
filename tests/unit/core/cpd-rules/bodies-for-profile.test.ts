import { describe, expect, it } from 'vitest';
import { ruleBodiesFor } from '../../../../core/cpd-rules/bodies-for-profile';

const member = (bodyId: string) => ({ bodyId, name: '', membershipNumber: '', grade: '' });

describe('ruleBodiesFor', () => {
  it('applies the Science Council rules to a licensed-body member and to an RSciTech target', () => {
    expect(ruleBodiesFor({ professionalBodies: [member('ist')], targetRegistrations: [] })).toEqual(['science-council']);
    expect(ruleBodiesFor({ professionalBodies: [], targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: '' }] })).toEqual(['science-council']);
  });

  it('adds the IET and Engineering Council rules for an IET member, and none for an empty profile', () => {
    expect(ruleBodiesFor({ professionalBodies: [member('iet')], targetRegistrations: [] }).sort()).toEqual(['engineering-council', 'iet']);
    expect(ruleBodiesFor({ professionalBodies: [], targetRegistrations: [] })).toEqual([]);
  });

  it('takes the body of a CPD target too, whatever its case', () => {
    expect(ruleBodiesFor({ professionalBodies: [], targetRegistrations: [], cpdTargets: [{ bodyId: 'RSB', amount: 50, unit: 'points' }] }).sort()).toEqual(['rsb', 'science-council']);
  });
});
