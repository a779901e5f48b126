import { acceptHours, parseTypedHours } from '../format/typed-hours';
import type { Cell } from './cells';
import type { Parsed } from './dates';

/**
 * Time spent in a spreadsheet cell: a number, a cell formatted as a time, or text read by the
 * same parser as the forms (core/format/typed-hours.ts). Returns hours.
 */
export function parseImportHours(cell: Cell): Parsed<number> {
  if (cell === null || cell === '') return { ok: false, reason: 'The hours are empty.' };
  if (typeof cell === 'number') return acceptHours(cell, String(cell));
  if (typeof cell === 'boolean') return { ok: false, reason: 'The hours cell holds TRUE or FALSE, not a time.' };
  if (cell instanceof Date) {
    // A cell formatted as a time ("1:30") reaches us as a moment on Excel's day zero.
    if (cell.getUTCFullYear() > 1900) return { ok: false, reason: 'The hours cell holds a date, not a time spent.' };
    return acceptHours(cell.getUTCHours() + cell.getUTCMinutes() / 60, `${cell.getUTCHours()}:${String(cell.getUTCMinutes()).padStart(2, '0')}`);
  }

  return parseTypedHours(cell);
}
