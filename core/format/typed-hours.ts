import type { Parsed } from './parsed';

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

export function acceptHours(hours: number, original: string): Parsed<number> {
  const rounded = round(hours);
  if (!Number.isFinite(rounded) || rounded <= 0) return { ok: false, reason: `"${original}" is not a time spent; hours must be more than zero.` };
  if (rounded > 1000) return { ok: false, reason: `"${original}" is more than 1000 hours for one activity.` };
  return { ok: true, value: rounded };
}

/**
 * Time spent as people type it, in a form or a spreadsheet: 1.5, 1,5 (decimal comma), 1:30, 90m,
 * 1h30, 2 hrs, "1 hr 30 mins", "1 hour 30 minutes". Returns hours; anything else is refused with
 * what to write instead, never guessed.
 */
export function parseTypedHours(typed: string): Parsed<number> {
  const text = typed.trim();
  if (text === '') return { ok: false, reason: 'The hours are empty.' };
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  let m = DECIMAL.exec(lower);
  if (m) return acceptHours(toNumber(m[1]!), text);
  m = CLOCK.exec(lower);
  if (m) return acceptHours(Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600, text);
  m = HOURS_MINUTES.exec(lower);
  if (m) return acceptHours(toNumber(m[1]!) + Number(m[2] ?? 0) / 60, text);
  m = MINUTES.exec(lower);
  if (m) return acceptHours(toNumber(m[1]!) / 60, text);
  return { ok: false, reason: `"${text}" is not a time we can read; write hours such as 1.5, 1:30 or 90 min.` };
}

/** What a typed time was understood as, shown beside the field: "= 1.5 hours". */
export const hoursUnderstood = (hours: number): string => `= ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
