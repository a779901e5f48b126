import type { CpdYear } from '../model/profile';

export interface CpdYearPeriod {
  from: string;
  to: string;
  /** How the period was chosen, in words for a calendar entry or a nudge. */
  basis: string;
}

/**
 * The CPD year that `today` (a local YYYY-MM-DD) falls in: the calendar year unless the profile
 * says the academic year, taken as 1 August to 31 July as UK universities count it. A membership
 * year runs from a renewal date the app is never told, so it gives undefined rather than a guess.
 */
export function cpdYearOf(cpdYear: CpdYear | undefined, today: string): CpdYearPeriod | undefined {
  const year = Number(today.slice(0, 4));
  const pad = (y: number) => String(y).padStart(4, '0');
  if (cpdYear === 'membership') return undefined;
  if (cpdYear === 'academic') {
    const start = today.slice(5) >= '08-01' ? year : year - 1;
    return { from: `${pad(start)}-08-01`, to: `${pad(start + 1)}-07-31`, basis: 'the academic year (1 August to 31 July)' };
  }
  return { from: `${pad(year)}-01-01`, to: `${pad(year)}-12-31`, basis: 'the calendar year' };
}
