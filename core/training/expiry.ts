import { addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { formatUkDate } from '../format/uk-date';
import type { TrainingRecord } from '../model/training';

/** Days ahead in which an expiry counts as "soon" and is worth a reminder. */
export const EXPIRY_SOON_DAYS = 60;

export type ExpiryStatus =
  | { kind: 'none' }
  | { kind: 'expired'; date: string; days: number }
  | { kind: 'expiring'; date: string; days: number }
  | { kind: 'valid'; date: string; days: number };

type Expiring = Pick<TrainingRecord, 'completedDate' | 'expiryDate' | 'renewalMonths'>;

/** The date it lapses: the stated expiry, else completion plus the renewal interval, else none. */
export function expiryDateOf(training: Expiring): string | undefined {
  if (training.expiryDate) return training.expiryDate;
  if (training.renewalMonths) return format(addMonths(parseISO(training.completedDate), training.renewalMonths), 'yyyy-MM-dd');
  return undefined;
}

/** Where a piece of training stands on `today` (YYYY-MM-DD); `days` is always zero or more. */
export function expiryStatus(training: Expiring, today: string, soonDays = EXPIRY_SOON_DAYS): ExpiryStatus {
  const date = expiryDateOf(training);
  if (!date) return { kind: 'none' };
  const days = differenceInCalendarDays(parseISO(date), parseISO(today));
  if (days < 0) return { kind: 'expired', date, days: -days };
  if (days <= soonDays) return { kind: 'expiring', date, days };
  return { kind: 'valid', date, days };
}

/** The status in words, so it never depends on colour alone. */
export function expiryLabel(status: ExpiryStatus): string {
  switch (status.kind) {
    case 'none':
      return 'No expiry';
    case 'expired':
      return `Expired on ${formatUkDate(status.date)}`;
    case 'expiring':
      return status.days === 0 ? 'Expires today' : `Expires in ${status.days} ${status.days === 1 ? 'day' : 'days'}`;
    case 'valid':
      return `Valid until ${formatUkDate(status.date)}`;
  }
}
