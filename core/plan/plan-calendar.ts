import { addMinutes } from 'date-fns';
import { createEvents, type EventAttributes } from 'ics';
import { criterionWording } from '../frameworks/criterion-wording';
import type { CriterionOverride, Framework } from '../frameworks/schema';
import type { WritingPlan } from './schema';
import { codeList } from './code-list';

/** Minutes before a session that the calendar reminds the user. */
export const PLAN_REMINDER_MINUTES = 15;

type DateTimeParts = [number, number, number, number, number];

/** The session's start and end as local wall-clock parts; the end may fall on the next day. */
const startAndEnd = (date: string, time: string, minutes: number): [DateTimeParts, DateTimeParts] => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const end = addMinutes(new Date(y, m - 1, d, h, min), minutes);
  return [[y, m, d, h, min], [end.getFullYear(), end.getMonth() + 1, end.getDate(), end.getHours(), end.getMinutes()]];
};

export { codeList };

/**
 * The plan as an iCalendar file: one timed event per session. Times are the user's wall-clock
 * times read in the machine's own time zone and written in UTC ("Z"), so every calendar shows
 * them at the right moment wherever it is. Each event names its criteria, and carries a DISPLAY
 * alarm (with the DESCRIPTION RFC 5545 requires) a quarter of an hour before.
 */
export function buildPlanCalendar(plan: WritingPlan, framework: Framework, overrides: readonly CriterionOverride[]): string | null {
  if (plan.sessions.length === 0) return null;
  const calName = `${framework.shortName} writing plan`;
  const events: EventAttributes[] = plan.sessions.map((session, i) => {
    const lines = session.codes.map((code) => {
      const w = criterionWording(framework, code, overrides);
      return `${w.code}: ${w.heading}`;
    });
    const [start, end] = startAndEnd(session.date, session.time, session.minutes);
    return {
      uid: `plan-${plan.id}-${i + 1}@techfolio.local`,
      title: `Write ${framework.shortName} ${codeList(session.codes)}`,
      description: [`Writing session ${i + 1} of ${plan.sessions.length} for ${framework.name}.`, 'Statements to write:', ...lines.map((l) => `- ${l}`)].join('\n'),
      start,
      startInputType: 'local',
      startOutputType: 'utc',
      end,
      endInputType: 'local',
      endOutputType: 'utc',
      categories: ['Registration writing'],
      busyStatus: 'BUSY',
      alarms: [{ action: 'display', description: `In ${PLAN_REMINDER_MINUTES} minutes: write ${codeList(session.codes)}`, trigger: { minutes: PLAN_REMINDER_MINUTES, before: true } }],
    };
  });
  const { error, value } = createEvents(events, { productId: 'techfolio/writing-plan', calName });
  if (error || !value) throw new Error(`Could not build the calendar file: ${error?.message ?? 'no output'}`);
  return value;
}
