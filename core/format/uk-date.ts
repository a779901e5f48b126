import { format, parseISO } from 'date-fns';

/** 2025-03-25 → 25/03/2025: how UK users read and write dates. */
export function formatUkDate(isoDate: string): string {
  return format(parseISO(isoDate), 'dd/MM/yyyy');
}

/** 2025-03-25 → 25 Mar 2025, for headings and print. */
export function formatUkDateLong(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy');
}
