import { format, parseISO } from 'date-fns';

const PLAIN_DAY = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** 2025-03-25 → 25/03/2025: how UK users read and write dates. */
export function formatUkDate(isoDate: string): string {
  // A plain calendar day (what records hold) is rearranged without date-fns: a long list
  // prints thousands of them. Anything else (a time, a day that does not exist) goes through it.
  const plain = PLAIN_DAY.exec(isoDate);
  if (plain) {
    const [, year, month, day] = plain as unknown as [string, string, string, string];
    const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth) return `${day}/${month}/${year}`;
  }
  return format(parseISO(isoDate), 'dd/MM/yyyy');
}

/** 2025-03-25 → 25 Mar 2025, for headings and print. */
export function formatUkDateLong(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy');
}

/** 2025-12-01 → Monday 1 December 2025: shown beside a typed date so its meaning can be checked. */
export function formatUkDateFull(isoDate: string): string {
  return format(parseISO(isoDate), 'EEEE d MMMM yyyy');
}

/** "25/03/2025", or "25/03/2025 – 27/03/2025" when the end is another day: one style on screen, in the PDFs and the CLI. */
export function formatUkDateRange(start: string, end?: string): string {
  return end && end !== start ? `${formatUkDate(start)} – ${formatUkDate(end)}` : formatUkDate(start);
}
