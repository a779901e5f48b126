/**
 * A small RFC 5545 writer for all-day events. Written by hand rather than with the `ics` package
 * because that package writes a days-only alarm as `TRIGGER:-P30DT`, which RFC 5545 (3.3.6) does
 * not allow and some calendars reject: here a trigger is always `-P<n>D` or `-PT<n>H`.
 */

/** How long before the event's day a reminder shows. */
export type AlarmLead = { days: number } | { hours: number };

export interface CalendarAlarm {
  before: AlarmLead;
  /** What the reminder says; RFC 5545 requires a DESCRIPTION on a DISPLAY alarm. */
  description: string;
}

export interface AllDayEvent {
  /** Stable across exports, so importing the file again updates the event instead of adding a copy. */
  uid: string;
  /** The local calendar day, YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  categories: readonly string[];
  alarms: readonly CalendarAlarm[];
}

const CRLF = '\r\n';

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Lines longer than 75 octets are folded (RFC 5545 3.1), never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    // The first line holds 75 octets; each continuation starts with a space, so holds 74 more.
    if (size + n > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** "-P30D" or "-PT24H": a negative duration, before the event's start. */
export function triggerOf(lead: AlarmLead): string {
  const n = 'days' in lead ? lead.days : lead.hours;
  if (!Number.isInteger(n) || n < 0) throw new Error(`An alarm's lead time must be a whole number of days or hours, not ${n}.`);
  return 'days' in lead ? `-P${n}D` : `-PT${n}H`;
}

const dateValue = (iso: string) => iso.replace(/-/g, '');

/** The day after, as YYYYMMDD, by the calendar (no time zone is involved in an all-day date). */
function nextDateValue(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(next.getUTCFullYear(), 4)}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`;
}

const utcStamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

/**
 * A VCALENDAR of all-day events. DTSTART;VALUE=DATE with an exclusive DTEND the next day is the
 * form every calendar reads as "that whole day" wherever it is; the events are TRANSPARENT, as a
 * deadline does not make the user busy. `stamp` is when the file was made (DTSTAMP, required).
 */
export function writeAllDayCalendar(calendarName: string, events: readonly AllDayEvent[], stamp: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Techfolio//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendarName)}`];
  for (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) throw new Error(`"${e.date}" is not a date (YYYY-MM-DD).`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
      `DTEND;VALUE=DATE:${nextDateValue(e.date)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    if (e.categories.length > 0) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT');
    for (const alarm of e.alarms) lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(alarm.description)}`, `TRIGGER:${triggerOf(alarm.before)}`, 'END:VALARM');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
