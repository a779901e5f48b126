import { IsoDate } from '../model/dates';
import type { Cell } from './cells';

export type { Parsed } from '../format/parsed';
import type { Parsed } from '../format/parsed';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

// Spreadsheet years outside this range are almost always a wrong column or a typo.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fromParts(year: number, month: number, day: number, original: string): Parsed<string> {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: `"${original}" has a year outside ${MIN_YEAR}–${MAX_YEAR}.` };
  if (month < 1 || month > 12) return { ok: false, reason: `"${original}" is not a date in day/month/year order.` };
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!IsoDate.safeParse(iso).success) return { ok: false, reason: `"${original}" is not a real day in the calendar.` };
  return { ok: true, value: iso };
}

/** Two-digit years as Excel reads them: 00–29 are 2000s, 30–99 are 1900s. */
const fullYear = (text: string) => {
  const n = Number(text);
  return text.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
};

// Serial 10000 is 18 May 1927: smaller numbers in a date column are far likelier a slip than a date.
const MIN_SERIAL = 10_000;

/**
 * Excel's 1900 date system: serial 1 is 1 January 1900, and Excel counts a 29 February 1900 that
 * never was, so from serial 61 on the epoch is 30 December 1899.
 */
export function excelSerialToIsoDate(serial: number): Parsed<string> {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < MIN_SERIAL) return { ok: false, reason: `${serial} is not a date; use day/month/year, such as 25/03/2025.` };
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), String(serial));
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const WORDY_UK = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([a-z]+)\.?,?[\s/-]+(\d{4}|\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/**
 * A date as people type it in a UK spreadsheet: 25/03/2025, 25/3/25, 25-03-2025, 25.03.2025,
 * 25 Mar 2025, 25 March 2025, 2025-03-25, or an Excel serial number such as 45741.
 */
export function parseImportDate(cell: Cell): Parsed<string> {
  if (cell === null || cell === '') return { ok: false, reason: 'The date is empty.' };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'The date cell holds no valid date.' };
    // XLSX readers give dates as UTC midnight; the calendar day is what the user typed.
    return fromParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') return excelSerialToIsoDate(cell);
  if (typeof cell === 'boolean') return { ok: false, reason: 'The date cell holds TRUE or FALSE, not a date.' };

  const text = cell.trim();
  const lower = text.toLowerCase();
  let m = ISO.exec(lower);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = NUMERIC_UK.exec(lower);
  if (m) return fromParts(fullYear(m[3]!), Number(m[2]), Number(m[1]), text);
  m = WORDY_UK.exec(lower);
  if (m) {
    const month = MONTHS[m[2]!];
    if (month === undefined) return { ok: false, reason: `"${text}" names no month we know.` };
    return fromParts(fullYear(m[3]!), month, Number(m[1]), text);
  }
  if (SERIAL.test(lower)) return excelSerialToIsoDate(Number(lower));
  return { ok: false, reason: `"${text}" is not a date we can read; use day/month/year, such as 25/03/2025.` };
}
