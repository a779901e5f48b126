import { addDays, format, parseISO, subYears } from 'date-fns';
import type { CpdRecord } from '../model/cpd-record';
import type { CpdTarget } from '../model/profile';
import { countedCpdInPeriod } from './counted-records';

export interface CategoryAmount {
  /** The record's category id, or '' for records without one. */
  category: string;
  amount: number;
}

export interface TargetProgress {
  target: CpdTarget;
  period: { from: string; to: string };
  /** Hours or points (the target's unit) of completed CPD in the period; drafts never count. */
  total: number;
  byCategory: CategoryAmount[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Hours or points of completed CPD in a period against one yearly target, by category. */
export function progressInPeriod(target: CpdTarget, records: readonly CpdRecord[], period: { from: string; to: string }): TargetProgress {
  const sums = new Map<string, number>();
  for (const r of countedCpdInPeriod(records, period)) {
    const key = r.category ?? '';
    sums.set(key, (sums.get(key) ?? 0) + (target.unit === 'hours' ? r.hours : (r.points ?? 0)));
  }
  const byCategory = [...sums].map(([category, amount]) => ({ category, amount: round(amount) })).sort((a, b) => b.amount - a.amount || a.category.localeCompare(b.category));
  return { target, period, total: round(byCategory.reduce((s, c) => s + c.amount, 0)), byCategory };
}

/** The twelve months up to and including a day: 1 April 2025 to 31 March 2026 for 31 March 2026. */
export function twelveMonthsTo(day: string): { from: string; to: string } {
  return { from: format(addDays(subYears(parseISO(day), 1), 1), 'yyyy-MM-dd'), to: day };
}

/** The calendar year a day falls in: what the dashboard's "CPD this year" means. */
export function calendarYearOf(day: string): { from: string; to: string } {
  return { from: `${day.slice(0, 4)}-01-01`, to: `${day.slice(0, 4)}-12-31` };
}
