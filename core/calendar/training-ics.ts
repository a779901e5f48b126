import { createEvents, type EventAttributes } from 'ics';
import { addDays, parseISO } from 'date-fns';
import type { TrainingRecord } from '../model/training';
import { expiryDateOf } from '../training/expiry';

type Renewable = Pick<TrainingRecord, 'id' | 'course' | 'provider' | 'completedDate' | 'expiryDate' | 'renewalMonths'>;

const dateArray = (iso: string): [number, number, number] => {
  const d = parseISO(iso);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
};

/**
 * An iCalendar file with one all-day event on each renewal date, and a reminder 30 days before,
 * for any calendar app. Training without an expiry is left out. Returns null when there is nothing to add.
 */
export function buildTrainingCalendar(training: readonly Renewable[]): string | null {
  const events: EventAttributes[] = [];
  for (const t of training) {
    const expiry = expiryDateOf(t);
    if (!expiry) continue;
    const next = addDays(parseISO(expiry), 1);
    events.push({
      uid: `training-${t.id}@techfolio.local`,
      title: `Renew: ${t.course}`,
      description: [`${t.course} expires on this day.`, t.provider ? `Provider: ${t.provider}.` : '', `Completed ${t.completedDate}.`].filter(Boolean).join(' '),
      start: dateArray(expiry),
      end: [next.getFullYear(), next.getMonth() + 1, next.getDate()],
      categories: ['Training renewal'],
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      alarms: [{ action: 'display', description: `${t.course} expires in 30 days`, trigger: { days: 30, before: true } }],
      productId: 'techfolio/training',
      calName: 'Training renewals',
    });
  }
  if (events.length === 0) return null;
  const { error, value } = createEvents(events, { productId: 'techfolio/training', calName: 'Training renewals' });
  if (error || !value) throw new Error(`Could not build the calendar file: ${error?.message ?? 'no output'}`);
  return value;
}
