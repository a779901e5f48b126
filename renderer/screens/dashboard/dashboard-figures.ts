import { addMonths, format, parseISO, startOfMonth } from 'date-fns';
import { isCountedCpd } from '../../../core/cpd/counted-records';
import { calendarYearOf, progressInPeriod } from '../../../core/cpd/target-progress';
import type { CpdRecord } from '../../../core/model/cpd-record';
import type { CpdTarget } from '../../../core/model/profile';
import { categoryLabel } from '../../../core/format/labels';

export type CategoryAmount = { category: string; label: string; amount: number };
export type TargetProgress = { target: CpdTarget; total: number; byCategory: CategoryAmount[] };

const round = (n: number) => Math.round(n * 100) / 100;
const UNCATEGORISED = 'uncategorised';

/** Hours (or points) of completed records this calendar year, by category, against one target. */
export function progressTowards(target: CpdTarget, records: readonly CpdRecord[], today: string): TargetProgress {
  const progress = progressInPeriod(target, records, calendarYearOf(today));
  const byCategory = progress.byCategory.map(({ category, amount }) => ({ category: category || UNCATEGORISED, label: categoryLabel(category || undefined), amount }));
  return { target, total: progress.total, byCategory };
}

export type MonthRow = { month: string; label: string; total: number; byCategory: Record<string, number> };

/** The last twelve months up to today's, oldest first, with complete hours per category. */
export function hoursPerMonth(records: readonly CpdRecord[], today: string): MonthRow[] {
  const first = addMonths(startOfMonth(parseISO(today)), -11);
  const rows: MonthRow[] = Array.from({ length: 12 }, (_, i) => {
    const d = addMonths(first, i);
    return { month: format(d, 'yyyy-MM'), label: format(d, 'MMM yyyy'), total: 0, byCategory: {} };
  });
  const index = new Map(rows.map((row, i) => [row.month, i]));
  for (const r of records) {
    if (!isCountedCpd(r)) continue;
    const row = rows[index.get(r.startDate.slice(0, 7)) ?? -1];
    if (!row) continue;
    const key = categoryLabel(r.category);
    row.byCategory[key] = round((row.byCategory[key] ?? 0) + r.hours);
    row.total = round(row.total + r.hours);
  }
  return rows;
}

/**
 * Whole months of the last twelve (not counting this one, still under way) with no completed CPD.
 * A draft does not fill a month, as it does not for a body's gap rule; the reminders ask for it to
 * be finished.
 */
export function monthsWithoutCpd(records: readonly CpdRecord[], today: string): string[] {
  return hoursPerMonth(records, today)
    .slice(0, -1)
    .filter((row) => !records.some((r) => isCountedCpd(r) && r.startDate.startsWith(row.month)))
    .map((row) => row.label);
}
