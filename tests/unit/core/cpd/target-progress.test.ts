import { describe, expect, it } from 'vitest';
import { bodyName } from '../../../../core/cpd/bodies';
import { calendarYearOf, progressInPeriod, twelveMonthsTo } from '../../../../core/cpd/target-progress';
import { makeCpdRecord } from '../../../support/fixtures';

const records = [
  makeCpdRecord({ title: 'Course', startDate: '2025-04-01', hours: 6, points: 12, category: 'formal' }),
  makeCpdRecord({ title: 'Reading', startDate: '2026-03-31', hours: 1.5, category: 'self-directed' }),
  makeCpdRecord({ title: 'Uncategorised talk', startDate: '2025-12-01', hours: 1 }),
  makeCpdRecord({ title: 'Draft', startDate: '2025-08-01', hours: 20, points: 40, category: 'formal', status: 'draft' }),
  makeCpdRecord({ title: 'Before', startDate: '2025-03-31', hours: 3, category: 'formal' }),
];

describe('progressInPeriod', () => {
  it('sums completed hours in the period by category, never a draft, and marks records without a category', () => {
    const progress = progressInPeriod({ bodyId: 'ist', amount: 30, unit: 'hours' }, records, twelveMonthsTo('2026-03-31'));
    expect(progress.total).toBe(8.5);
    expect(progress.byCategory).toEqual([
      { category: 'formal', amount: 6 },
      { category: 'self-directed', amount: 1.5 },
      { category: '', amount: 1 },
    ]);
  });

  it('sums points for a points target, a record without points adding none', () => {
    expect(progressInPeriod({ bodyId: 'rsb', amount: 50, unit: 'points' }, records, twelveMonthsTo('2026-03-31')).total).toBe(12);
  });
});

describe('periods', () => {
  it('gives the twelve months up to a day, and a whole calendar year', () => {
    expect(twelveMonthsTo('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(twelveMonthsTo('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(calendarYearOf('2025-06-15')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('bodyName', () => {
  const profile = { professionalBodies: [{ bodyId: 'IST', name: 'The Institute of Science & Technology', membershipNumber: '', grade: '' }] };
  it('prefers the name in the profile, then the known name, then the short name in capitals', () => {
    expect(bodyName('ist', profile)).toBe('The Institute of Science & Technology');
    expect(bodyName('rsc', profile)).toBe('Royal Society of Chemistry');
    expect(bodyName('science-council')).toBe('Science Council');
    expect(bodyName('acme')).toBe('ACME');
  });
});
