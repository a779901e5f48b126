import { addDays, differenceInCalendarDays, format, getISODay, getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import type { FrameworkCoverage } from '../coverage/schema';
import { formatUkDate } from '../format/uk-date';
import { WEEKDAYS, type PlanSettings, type PlannedSession, type WritingPlan } from './schema';

/** A plan never runs past this many days (with one session a week, that is 260 sessions: more than any framework has criteria). */
const MAX_PLAN_DAYS = 5 * 366;

/**
 * The criteria still to write: no statement yet, or one over the body's limit. Optional criteria
 * (a selection rule leaves them out) are planned only if nothing required is left.
 */
export function criteriaToWrite(coverage: FrameworkCoverage): string[] {
  const open = coverage.criteria.filter((c) => !c.statement.written || c.statement.overLimit);
  const needed = open.filter((c) => c.required !== 'optional');
  return (needed.length > 0 ? needed : open).map((c) => c.code);
}

/** A statement counts as done once it is written and within any limit. */
export function criteriaDone(coverage: FrameworkCoverage): Set<string> {
  return new Set(coverage.criteria.filter((c) => c.statement.written && !c.statement.overLimit).map((c) => c.code));
}

/**
 * Spreads the criteria over sessions: on the chosen weekdays from `from`, at most
 * `sessionsPerWeek` in any Monday-to-Sunday week, each taking as many criteria as its minutes
 * allow (at least one). Sessions keep the framework's order, so an area is written together.
 */
export function scheduleSessions(codes: readonly string[], settings: PlanSettings): PlannedSession[] {
  const perSession = Math.max(1, Math.floor(settings.minutes / settings.minutesPerCriterion));
  const chosen = new Set(settings.days.map((d) => WEEKDAYS.indexOf(d) + 1));
  const sessions: PlannedSession[] = [];
  const usedInWeek = new Map<string, number>();
  let left = [...codes];
  const start = parseISO(settings.from);
  for (let offset = 0; left.length > 0 && offset < MAX_PLAN_DAYS; offset++) {
    const day = addDays(start, offset);
    if (!chosen.has(getISODay(day))) continue;
    const week = `${getISOWeekYear(day)}-${getISOWeek(day)}`;
    const used = usedInWeek.get(week) ?? 0;
    if (used >= settings.sessionsPerWeek) continue;
    usedInWeek.set(week, used + 1);
    sessions.push({ date: format(day, 'yyyy-MM-dd'), time: settings.time, minutes: settings.minutes, codes: left.slice(0, perSession) });
    left = left.slice(perSession);
  }
  return sessions;
}

export interface PlanFit {
  fits: boolean;
  message: string;
}

/** Whether the sessions end by the target date, said so the user knows what to change. */
export function planFit(sessions: readonly PlannedSession[], targetDate: string | undefined): PlanFit {
  if (sessions.length === 0) return { fits: true, message: 'Every statement is written and within its limit: nothing left to plan.' };
  const last = sessions[sessions.length - 1]!;
  const count = `${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  if (!targetDate) return { fits: true, message: `${count}, the last on ${formatUkDate(last.date)}. Set a target date on your profile to check it against.` };
  if (last.date <= targetDate) return { fits: true, message: `${count}, the last on ${formatUkDate(last.date)}: within your target of ${formatUkDate(targetDate)}.` };
  const late = differenceInCalendarDays(parseISO(last.date), parseISO(targetDate));
  return {
    fits: false,
    message: `This does not fit: the last of ${count} is on ${formatUkDate(last.date)}, ${late} day${late === 1 ? '' : 's'} after your target of ${formatUkDate(targetDate)}. Add sessions a week, make them longer, or move the target date.`,
  };
}

/** The first session on or after today whose criteria are not all done. */
export function nextSession(plan: Pick<WritingPlan, 'sessions'>, done: ReadonlySet<string>, today: string): PlannedSession | undefined {
  return plan.sessions.find((s) => s.date >= today && s.codes.some((code) => !done.has(code)));
}

/** Every criterion the plan names, each once, in order. */
export const plannedCodes = (plan: Pick<WritingPlan, 'sessions'>): string[] => [...new Set(plan.sessions.flatMap((s) => s.codes))];
