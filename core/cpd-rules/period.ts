import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CpdPeriod } from './schema';

const DAYS_PER_YEAR = 365.25;

/** The period's length in years (a calendar year is 1, give or take a leap day). */
export function periodYears({ from, to }: CpdPeriod): number {
  return (differenceInCalendarDays(parseISO(to), parseISO(from)) + 1) / DAYS_PER_YEAR;
}

/**
 * A yearly target for a period of any length, rounded to a whole number so that a calendar year,
 * leap or not, asks for exactly the yearly figure.
 */
export function proratedTarget(perYear: number, period: CpdPeriod): number {
  return Math.round(perYear * periodYears(period));
}

export const isoDay = (date: Date) => format(date, 'yyyy-MM-dd');
export const nextDay = (day: string) => isoDay(addDays(parseISO(day), 1));
export const previousDay = (day: string) => isoDay(addDays(parseISO(day), -1));
