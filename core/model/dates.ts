import { z } from 'zod';
import { isCalendarDay } from './calendar-day';

/** A calendar date as the user means it (no time zone): YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD.')
  .refine(isCalendarDay, 'That day does not exist in the calendar.');
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment in time, stored as an ISO 8601 string in UTC. */
export const Timestamp = z.iso.datetime();
export type Timestamp = z.infer<typeof Timestamp>;
