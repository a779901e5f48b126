import type { Parsed } from './parsed';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// getUTCDay order: 0 is Sunday.
const WEEKDAY_NUMBERS: Record<string, number> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Years outside this range are almost always a typo or a wrong column, never a CPD activity.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const EXAMPLE = '25/03/2025';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A year, month and day checked to be a real day in range, as YYYY-MM-DD; `original` is quoted back in the reason. */
export function isoDateFromParts(year: number, month: number, day: number, original: string): Parsed<string> {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: `"${original}" has a year outside ${MIN_YEAR}–${MAX_YEAR}; write the year in full, such as ${EXAMPLE}.` };
  if (month < 1 || month > 12) return { ok: false, reason: `"${original}" has no month ${month}; write the date as day/month/year, such as ${EXAMPLE}.` };
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    return { ok: false, reason: `"${original}" is not a real day: ${MONTH_NAMES[month - 1]} ${year} has ${last} days; write a day from 1 to ${last}.` };
  }
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * How a two-digit year is read. People typing into a form are asked for the full year, since
 * "1/12/25" could be 1925 or 2025. Spreadsheets are read as Excel reads them: 00–29 are the
 * 2000s, 30–99 the 1900s.
 */
export type TwoDigitYears = 'refuse' | 'spreadsheet';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_UK = /^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})$/;
const WORDY_UK = /^(?:([a-z]+),?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([a-z]+)\.?,?[\s/-]+(\d{4}|\d{2})$/;

/**
 * A date as people type it in the UK, day first: 1/12/2025, 01-12-2025, 1.12.2025, 1 Dec 2025,
 * Monday 1st December 2025, or ISO 2025-12-01. Returns YYYY-MM-DD. Month-first dates are refused,
 * never swapped, and a weekday that contradicts the date is refused rather than ignored.
 */
export function parseTypedDate(typed: string, { twoDigitYears = 'refuse' }: { twoDigitYears?: TwoDigitYears } = {}): Parsed<string> {
  const text = typed.trim();
  if (text === '') return { ok: false, reason: 'The date is empty.' };
  const lower = text.toLowerCase().replace(/\s+/g, ' ');

  const year = (digits: string, example: (fullYear: number) => string): Parsed<number> => {
    if (digits.length === 4) return { ok: true, value: Number(digits) };
    const n = Number(digits);
    const spreadsheetYear = n < 30 ? 2000 + n : 1900 + n;
    if (twoDigitYears === 'spreadsheet') return { ok: true, value: spreadsheetYear };
    return { ok: false, reason: `"${text}" has a two-digit year; write the year in full, such as ${example(spreadsheetYear)}.` };
  };

  let m = ISO.exec(lower);
  if (m) return isoDateFromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);

  m = NUMERIC_UK.exec(lower);
  if (m) {
    const [, day, separator, month, yearDigits] = m as unknown as [string, string, string, string, string];
    const y = year(yearDigits, (full) => `${day}${separator}${month}${separator}${full}`);
    if (!y.ok) return y;
    if (Number(month) > 12 && Number(day) <= 12) {
      // 03/25/2025 is month first: say so and show the UK order, but never swap it silently.
      return { ok: false, reason: `"${text}" has no month ${Number(month)}; write the date as day/month/year, such as ${month}${separator}${day}${separator}${y.value}.` };
    }
    return isoDateFromParts(y.value, Number(month), Number(day), text);
  }

  m = WORDY_UK.exec(lower);
  if (m) {
    const [, weekdayWord, day, monthWord, yearDigits] = m as unknown as [string, string | undefined, string, string, string];
    const month = MONTH_NUMBERS[monthWord];
    if (month === undefined) return { ok: false, reason: `"${text}" names no month we know; write the month as a number or a name, such as 25 Mar 2025.` };
    const y = year(yearDigits, (full) => `${day} ${MONTH_NAMES[month - 1]!.slice(0, 3)} ${full}`);
    if (!y.ok) return y;
    const parsed = isoDateFromParts(y.value, month, Number(day), text);
    const weekday = weekdayWord === undefined ? undefined : WEEKDAY_NUMBERS[weekdayWord];
    if (parsed.ok && weekday !== undefined) {
      const actual = new Date(`${parsed.value}T00:00:00Z`).getUTCDay();
      if (actual !== weekday) {
        return { ok: false, reason: `"${text}": ${Number(day)} ${MONTH_NAMES[month - 1]} ${y.value} is a ${WEEKDAY_NAMES[actual]}; check the day and the date.` };
      }
    }
    return parsed;
  }

  return { ok: false, reason: `"${text}" is not a date we can read; write day/month/year, such as ${EXAMPLE}.` };
}
