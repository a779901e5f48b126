import { addMonths, format, parseISO, startOfMonth } from 'date-fns';
import type { CpdBodyId } from '../../../core/cpd-rules/schema';
import type { CpdRecord } from '../../../core/model/cpd-record';
import type { CpdTarget, Profile } from '../../../core/model/profile';
import { categoryLabel } from '../../format/cpd-labels';

export type CategoryAmount = { category: string; label: string; amount: number };
export type TargetProgress = { target: CpdTarget; total: number; byCategory: CategoryAmount[] };

const round = (n: number) => Math.round(n * 100) / 100;
const UNCATEGORISED = 'uncategorised';

/** Hours (or points) of complete records this calendar year, by category, against one target. */
export function progressTowards(target: CpdTarget, records: readonly CpdRecord[], today: string): TargetProgress {
  const year = today.slice(0, 4);
  const sums = new Map<string, number>();
  for (const r of records) {
    if (r.status !== 'complete' || !r.startDate.startsWith(year)) continue;
    const amount = target.unit === 'hours' ? r.hours : (r.points ?? 0);
    const key = r.category ?? UNCATEGORISED;
    sums.set(key, (sums.get(key) ?? 0) + amount);
  }
  const byCategory = [...sums]
    .map(([category, amount]) => ({ category, label: category === UNCATEGORISED ? 'No category' : (categoryLabel(category) ?? category), amount: round(amount) }))
    .sort((a, b) => b.amount - a.amount);
  return { target, total: round(byCategory.reduce((s, c) => s + c.amount, 0)), byCategory };
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
    if (r.status !== 'complete') continue;
    const row = rows[index.get(r.startDate.slice(0, 7)) ?? -1];
    if (!row) continue;
    const key = categoryLabel(r.category) ?? 'No category';
    row.byCategory[key] = round((row.byCategory[key] ?? 0) + r.hours);
    row.total = round(row.total + r.hours);
  }
  return rows;
}

/** Whole months of the last twelve (not counting this one, still under way) with no CPD at all. */
export function monthsWithoutCpd(records: readonly CpdRecord[], today: string): string[] {
  return hoursPerMonth(records, today)
    .slice(0, -1)
    .filter((row) => !records.some((r) => r.startDate.startsWith(row.month)))
    .map((row) => row.label);
}

// Science Council licensed bodies (their registrants follow its CPD standards).
const SCIENCE_COUNCIL_BODIES = new Set(['ist', 'rsc', 'rsb', 'iop', 'ibms', 'ipem', 'rsph', 'scienceCouncil', 'science-council', 'ifst', 'rms', 'rps', 'bcs', 'iom3', 'imm', 'soc-bio']);
// Engineering Council licensed institutions.
const ENGINEERING_BODIES = new Set(['iet', 'imeche', 'ice', 'istructe', 'iom3', 'ist', 'ipem', 'ichem', 'icheme', 'rae', 'engineering-council']);

/** Which CPD rule sets apply: from the user's bodies and the registrations they aim for. */
export function ruleBodiesFor(profile: Pick<Profile, 'professionalBodies' | 'targetRegistrations'>): CpdBodyId[] {
  const bodies = new Set<CpdBodyId>();
  for (const { bodyId } of profile.professionalBodies) {
    const id = bodyId.toLowerCase();
    if (SCIENCE_COUNCIL_BODIES.has(id)) bodies.add('science-council');
    if (id === 'rsb') bodies.add('rsb');
    if (id === 'iet') bodies.add('iet');
    if (id === 'hcpc') bodies.add('hcpc');
    if (id === 'engineering-council' || (ENGINEERING_BODIES.has(id) && id !== 'ist' && id !== 'ipem' && id !== 'iom3')) bodies.add('engineering-council');
  }
  for (const { frameworkId } of profile.targetRegistrations) {
    if (frameworkId.startsWith('sc-')) bodies.add('science-council');
    if (frameworkId.startsWith('ukspec')) bodies.add('engineering-council');
  }
  return [...bodies];
}
