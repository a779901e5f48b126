import type { Cell } from './cells';
import type { Parsed } from './dates';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const HOUR_UNIT = String.raw`(?:h|hr|hrs|hour|hours)\.?`;
const MINUTE_UNIT = String.raw`(?:m|min|mins|minute|minutes)\.?`;

const DECIMAL = new RegExp(`^${NUMBER}$`);
const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
/** "2 hrs", "1h30", "1h 30m", "1 hour 30 minutes", "1 hr and 15 mins". */
const HOURS_MINUTES = new RegExp(`^${NUMBER}\\s*${HOUR_UNIT}(?:\\s*(?:and\\s*)?,?\\s*(\\d{1,2})\\s*(?:${MINUTE_UNIT})?)?$`);
const MINUTES = new RegExp(`^${NUMBER}\\s*${MINUTE_UNIT}$`);

const toNumber = (text: string) => Number(text.replace(',', '.'));
// Two decimal places: 1 h 20 min is 1.33 hours, as people write it in a CPD log.
const round = (hours: number) => Math.round(hours * 100) / 100;

function accept(hours: number, original: string): Parsed<number> {
  const rounded = round(hours);
  if (!Number.isFinite(rounded) || rounded <= 0) return { ok: false, reason: `"${original}" is not a time spent; hours must be more than zero.` };
  if (rounded > 1000) return { ok: false, reason: `"${original}" is more than 1000 hours for one activity.` };
  return { ok: true, value: rounded };
}

/**
 * Time spent as people write it: 1.5, 1,5 (decimal comma), 1:30, 90 min, 1h30, 2 hrs,
 * "1 hour 30 minutes". Returns hours.
 */
export function parseImportHours(cell: Cell): Parsed<number> {
  if (cell === null || cell === '') return { ok: false, reason: 'The hours are empty.' };
  if (typeof cell === 'number') return accept(cell, String(cell));
  if (typeof cell === 'boolean') return { ok: false, reason: 'The hours cell holds TRUE or FALSE, not a time.' };
  if (cell instanceof Date) {
    // A cell formatted as a time ("1:30") reaches us as a moment on Excel's day zero.
    if (cell.getUTCFullYear() > 1900) return { ok: false, reason: 'The hours cell holds a date, not a time spent.' };
    return accept(cell.getUTCHours() + cell.getUTCMinutes() / 60, `${cell.getUTCHours()}:${String(cell.getUTCMinutes()).padStart(2, '0')}`);
  }

  const text = cell.trim();
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  let m = DECIMAL.exec(lower);
  if (m) return accept(toNumber(m[1]!), text);
  m = CLOCK.exec(lower);
  if (m) return accept(Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600, text);
  m = HOURS_MINUTES.exec(lower);
  if (m) return accept(toNumber(m[1]!) + Number(m[2] ?? 0) / 60, text);
  m = MINUTES.exec(lower);
  if (m) return accept(toNumber(m[1]!) / 60, text);
  return { ok: false, reason: `"${text}" is not a time we can read; write hours such as 1.5, 1:30 or 90 min.` };
}
