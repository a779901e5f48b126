import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { collectDeadlines, type DeadlineKind, type DeadlineSources } from '../calendar/deadlines';
import { formatUkDate } from '../format/uk-date';

/** Days ahead a deadline starts being notified: a week's warning, every day until the day itself. */
export const NOTICE_DAYS_AHEAD = 7;

/** The screen that deals with each kind of deadline. */
export const NOTICE_ROUTES: Readonly<Record<DeadlineKind, string>> = {
  'training-expiry': '/training',
  'training-book-by': '/training',
  'cpd-declaration': '/cpd',
  'cpd-year-end': '/cpd',
  goal: '/profile',
  registration: '/pack',
};

/** Something falling due, as a system notification shows it, with the screen a click opens. */
export interface DueNotice {
  /** Stable across days, so the same deadline is recognised as already shown. */
  key: string;
  title: string;
  body: string;
  route: string;
  date: string;
}

const when = (date: string, today: string): string => {
  const days = differenceInCalendarDays(parseISO(date), parseISO(today));
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days, on ${formatUkDate(date)}`;
};

/**
 * What falls due from today to a week ahead: training renewals and the days to book them by, the
 * CPD year's end, goal target dates, the annual CPD declaration and registration dates, from the
 * one list of deadlines (core/calendar/deadlines.ts). The desktop app and browser mode both notify
 * from this list.
 */
export function dueNotices(sources: DeadlineSources, today: string): DueNotice[] {
  const last = format(addDays(parseISO(today), NOTICE_DAYS_AHEAD), 'yyyy-MM-dd');
  return collectDeadlines(sources, today)
    .filter((d) => d.date >= today && d.date <= last)
    .map((d) => ({ key: d.uid, title: d.summary, body: `Due ${when(d.date, today)}. ${d.description}`, route: NOTICE_ROUTES[d.kind], date: d.date }));
}

/** What was shown, by notice key: the day it was last shown. */
export type ShownNotices = Readonly<Record<string, string>>;

/**
 * The notices to show now, and the record to keep: a notice already shown today is not shown
 * again; entries for deadlines no longer listed are forgotten, so the record stays small.
 */
export function noticesToShow(notices: readonly DueNotice[], shown: ShownNotices, today: string): { show: DueNotice[]; shown: ShownNotices } {
  return { show: notices.filter((n) => shown[n.key] !== today), shown: Object.fromEntries(notices.map((n) => [n.key, today])) };
}

/** The hour of the local day when the daily check runs while the app stays open. */
export const DAILY_CHECK_HOUR = 9;

/** Milliseconds from `now` to the next daily check: today at 09:00 local time if still ahead, else tomorrow's. */
export function msUntilNextCheck(now: Date, hour = DAILY_CHECK_HOUR): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

export interface DailyChecks {
  now: () => Date;
  /** Shows what falls due; errors are the caller's to report, the schedule carries on. */
  check: () => Promise<void>;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

/** Checks at once, then every day at the check hour while the app stays open; returns a stop function. */
export function startDailyChecks({ now, check, setTimer, clearTimer }: DailyChecks): () => void {
  let timer: unknown;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    void check()
      .catch(() => undefined)
      .finally(() => {
        if (!stopped) timer = setTimer(run, msUntilNextCheck(now()));
      });
  };
  run();
  return () => {
    stopped = true;
    clearTimer(timer);
  };
}
