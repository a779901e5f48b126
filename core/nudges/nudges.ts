import { differenceInCalendarDays, format, parseISO, subMonths } from 'date-fns';
import { cpdYearOf } from '../calendar/cpd-year';
import { bodyName } from '../cpd/bodies';
import { isCountedCpd } from '../cpd/counted-records';
import { progressInPeriod } from '../cpd/target-progress';
import { localToday } from '../format/today';
import { formatUkDate } from '../format/uk-date';
import type { CpdRecord } from '../model/cpd-record';
import type { Profile } from '../model/profile';
import type { CompetenceStatement } from '../model/statement';

/** Weeks without CPD before the dashboard suggests logging some. */
export const QUIET_WEEKS = 6;
/** Days before the CPD year ends from which a shortfall against a target is raised. */
export const YEAR_END_DAYS = 60;
/** Days before a registration's target date from which idle statements are raised. */
export const REGISTRATION_SOON_DAYS = 90;
/** Months without a statement edit that count as "untouched". */
export const STATEMENTS_IDLE_MONTHS = 1;

export interface Nudge {
  /** Stable per nudge, for React keys and tests. */
  id: string;
  kind: 'quiet-cpd' | 'year-end-shortfall' | 'statements-idle';
  message: string;
  /** Where to act: a link in the app and its words. */
  action: { label: string; href: string };
}

export interface NudgeInputs {
  profile: Pick<Profile, 'professionalBodies' | 'targetRegistrations' | 'cpdTargets' | 'cpdYear'>;
  records: readonly CpdRecord[];
  statements: readonly Pick<CompetenceStatement, 'frameworkId' | 'updatedAt'>[];
  /** The local calendar day, YYYY-MM-DD. */
  today: string;
  /** The registration's short name (RSciTech) from its framework id. */
  registrationName: (frameworkId: string) => string;
  quietWeeks?: number;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const amount = (n: number, unit: 'hours' | 'points') => `${n} ${unit === 'hours' ? (n === 1 ? 'hour' : 'hours') : n === 1 ? 'point' : 'points'}`;
const when = (n: number) => (n === 0 ? 'today' : `in ${days(n)}`);

/** No completed CPD for `weeks` weeks or more, counted from the last activity's last day up to today. */
function quietCpd(records: readonly CpdRecord[], today: string, weeks: number): Nudge[] {
  // Planned activities dated after today do not show that CPD is being done.
  const lastDays = records.filter((r) => isCountedCpd(r) && r.startDate <= today).map((r) => (r.endDate && r.endDate <= today ? r.endDate : r.startDate));
  // With nothing logged at all, the dashboard's first-step guidance says what to do instead.
  if (lastDays.length === 0) return [];
  const last = lastDays.reduce((a, b) => (a > b ? a : b));
  const gap = differenceInCalendarDays(parseISO(today), parseISO(last));
  if (gap < weeks * 7) return [];
  const w = Math.floor(gap / 7);
  return [
    {
      id: 'quiet-cpd',
      kind: 'quiet-cpd',
      message: `No CPD logged for ${w} weeks: the last was on ${formatUkDate(last)}. Reading an article or a short course counts.`,
      action: { label: 'Log CPD', href: '/cpd/new' },
    },
  ];
}

/** Each yearly target still short when the CPD year has 60 days or fewer left. */
function yearEndShortfall({ profile, records, today }: NudgeInputs): Nudge[] {
  const year = cpdYearOf(profile.cpdYear, today);
  if (!year) return [];
  const left = differenceInCalendarDays(parseISO(year.to), parseISO(today));
  if (left < 0 || left > YEAR_END_DAYS) return [];
  return profile.cpdTargets.flatMap((target): Nudge[] => {
    const { total } = progressInPeriod(target, records, year);
    if (total >= target.amount) return [];
    const body = bodyName(target.bodyId, profile);
    return [
      {
        id: `year-end-${target.bodyId}-${target.unit}`,
        kind: 'year-end-shortfall',
        message: `Your CPD year ends ${when(left)} (${formatUkDate(year.to)}) and you have ${amount(total, target.unit)} of the ${target.amount} you aim for with ${body}. Log what you have done.`,
        action: { label: 'Log CPD', href: '/cpd/new' },
      },
    ];
  });
}

/** A registration due within 90 days whose statements have not changed for a month (or not begun). */
function statementsIdle({ profile, statements, today, registrationName }: NudgeInputs): Nudge[] {
  const idleBefore = format(subMonths(parseISO(today), STATEMENTS_IDLE_MONTHS), 'yyyy-MM-dd');
  return profile.targetRegistrations.flatMap((r): Nudge[] => {
    if (!r.targetDate) return [];
    const left = differenceInCalendarDays(parseISO(r.targetDate), parseISO(today));
    if (left < 0 || left > REGISTRATION_SOON_DAYS) return [];
    // Saved times are UTC instants: the user's day is the local one.
    const touched = statements.filter((s) => s.frameworkId === r.frameworkId).map((s) => localToday(new Date(s.updatedAt)));
    const last = touched.length > 0 ? touched.reduce((a, b) => (a > b ? a : b)) : undefined;
    if (last !== undefined && last > idleBefore) return [];
    const name = registrationName(r.frameworkId);
    const state = last === undefined ? 'you have not started your statements' : `your statements have not changed since ${formatUkDate(last)}`;
    return [
      {
        id: `statements-idle-${r.frameworkId}`,
        kind: 'statements-idle',
        message: `Your target date for ${name} is ${when(left)} (${formatUkDate(r.targetDate)}), and ${state}. Write or improve one statement this week.`,
        action: { label: `Work on your ${name} statements`, href: `/frameworks/${encodeURIComponent(r.frameworkId)}` },
      },
    ];
  });
}

/** The gaps worth a word on the dashboard, each with what to do and where. */
export function nudgesFor(inputs: NudgeInputs): Nudge[] {
  return [...quietCpd(inputs.records, inputs.today, inputs.quietWeeks ?? QUIET_WEEKS), ...yearEndShortfall(inputs), ...statementsIdle(inputs)];
}
