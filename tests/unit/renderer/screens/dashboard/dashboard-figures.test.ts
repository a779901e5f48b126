import { describe, expect, it } from 'vitest';
import { hoursPerMonth, monthsWithoutCpd, progressTowards } from '../../../../../renderer/screens/dashboard/dashboard-figures';
import { makeCpdRecord } from '../../../../support/fixtures';

const today = '2025-06-15';
const records = [
  makeCpdRecord({ startDate: '2025-01-10', hours: 2, points: 4, category: 'formal' }),
  makeCpdRecord({ startDate: '2025-03-02', hours: 1.5, category: 'formal' }),
  makeCpdRecord({ startDate: '2025-03-20', hours: 3, category: 'work-based' }),
  makeCpdRecord({ startDate: '2025-04-01', hours: 5, status: 'draft' }),
  makeCpdRecord({ startDate: '2024-12-31', hours: 7, category: 'formal' }),
];

describe('progressTowards', () => {
  it('sums complete hours of this calendar year by category, leaving out drafts and last year', () => {
    const progress = progressTowards({ bodyId: 'ist', amount: 30, unit: 'hours' }, records, today);
    expect(progress.total).toBe(6.5);
    expect(progress.byCategory).toEqual([
      { category: 'formal', label: 'Formal / educational', amount: 3.5 },
      { category: 'work-based', label: 'Work-based learning', amount: 3 },
    ]);
  });

  it('sums points where the target counts points, treating records without points as none', () => {
    expect(progressTowards({ bodyId: 'rsb', amount: 12, unit: 'points' }, records, today).total).toBe(4);
  });
});

describe('hoursPerMonth and monthsWithoutCpd', () => {
  it('gives twelve months ending with this one, with hours per category label', () => {
    const rows = hoursPerMonth(records, today);
    expect(rows).toHaveLength(12);
    expect(rows[0]?.month).toBe('2024-07');
    expect(rows[11]?.month).toBe('2025-06');
    expect(rows.find((r) => r.month === '2025-03')).toMatchObject({ total: 4.5, byCategory: { 'Formal / educational': 1.5, 'Work-based learning': 3 } });
    expect(rows.find((r) => r.month === '2024-12')?.total).toBe(7);
  });

  it('lists whole past months without a completed record (a draft does not fill a month), not the current month', () => {
    const gaps = monthsWithoutCpd(records, today);
    expect(gaps).toContain('Jul 2024');
    expect(gaps).toContain('May 2025');
    expect(gaps).toContain('Apr 2025'); // only a draft that month
    expect(gaps).not.toContain('Jun 2025');
    expect(gaps).toEqual(['Jul 2024', 'Aug 2024', 'Sep 2024', 'Oct 2024', 'Nov 2024', 'Feb 2025', 'Apr 2025', 'May 2025']);
  });

  it('leaves drafts out of the monthly hours', () => {
    expect(hoursPerMonth(records, today).find((r) => r.month === '2025-04')?.total).toBe(0);
  });
});
