import { isoDateFromParts, parseTypedDate } from '../format/typed-date';
import type { Cell } from './cells';

export type { Parsed } from '../format/parsed';
import type { Parsed } from '../format/parsed';

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
  return isoDateFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), String(serial));
}

const SERIAL = /^\d{5}(?:\.\d+)?$/;

/**
 * A date cell in a UK spreadsheet: a Date from an XLSX reader, an Excel serial such as 45741 (as
 * a number or as text), or text read as the forms read it (25/03/2025, 25/3/25, 25 Mar 2025,
 * 2025-03-25).
 */
export function parseImportDate(cell: Cell): Parsed<string> {
  if (cell === null || cell === '') return { ok: false, reason: 'The date is empty.' };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'The date cell holds no valid date.' };
    // XLSX readers give dates as UTC midnight; the calendar day is what the user typed.
    return isoDateFromParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') return excelSerialToIsoDate(cell);
  if (typeof cell === 'boolean') return { ok: false, reason: 'The date cell holds TRUE or FALSE, not a date.' };

  const text = cell.trim();
  if (SERIAL.test(text)) return excelSerialToIsoDate(Number(text));
  // The same reading as the forms, except that two-digit years follow Excel (core/format/typed-date.ts).
  return parseTypedDate(text, { twoDigitYears: 'spreadsheet' });
}
