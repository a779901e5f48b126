import { z } from 'zod';
import { IsoDate, Timestamp } from '../model/dates';
import { RecordId } from '../model/ids';

import { WEEKDAYS } from './weekdays';

export { WEEKDAYS };
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** "12:30": a wall-clock time in the user's own time zone. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time in the form HH:MM, such as 12:30.');

/** How much time to spend on one criterion's statement when planning; a first draft of about 300 words. */
export const DEFAULT_MINUTES_PER_CRITERION = 30;

/** What the user chooses: when they can write and from when. */
export const PlanSettings = z
  .object({
    frameworkId: z.string().trim().min(1).max(100),
    sessionsPerWeek: z.number().int().min(1, 'Plan at least one session a week.').max(14, 'Plan at most 14 sessions a week.'),
    minutes: z.number().int().min(10, 'Make each session at least 10 minutes.').max(240, 'Keep each session under four hours.'),
    days: z.array(Weekday).min(1, 'Choose at least one day of the week.').max(7),
    time: ClockTime,
    from: IsoDate,
    minutesPerCriterion: z.number().int().min(5).max(240).default(DEFAULT_MINUTES_PER_CRITERION),
  })
  .refine((s) => new Set(s.days).size === s.days.length, { message: 'Name each day once.', path: ['days'] });
export type PlanSettings = z.infer<typeof PlanSettings>;
export type PlanSettingsInput = z.input<typeof PlanSettings>;

/** One writing session on the calendar: a day, a start time and the criteria to write. */
export const PlannedSession = z.object({
  date: IsoDate,
  time: ClockTime,
  minutes: z.number().int().positive(),
  codes: z.array(z.string().min(1).max(40)).min(1).max(50),
});
export type PlannedSession = z.infer<typeof PlannedSession>;

/** A writing plan as kept in the portfolio (one per framework; a new plan replaces the old). */
export const WritingPlan = z.object({
  id: RecordId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  settings: PlanSettings,
  sessions: z.array(PlannedSession).max(1000),
  /** The target registration date the plan was made against, if the profile had one. */
  targetDate: IsoDate.optional(),
});
export type WritingPlan = z.infer<typeof WritingPlan>;

/** A plan with how far the user has got, as the dashboard and the CLI show it. */
export const WritingPlanView = z.object({
  plan: WritingPlan,
  frameworkShortName: z.string(),
  planned: z.number().int(),
  /** Planned criteria whose statement is now written and within any limit. */
  done: z.number().int(),
  doneCodes: z.array(z.string()),
  next: PlannedSession.optional(),
  /** Whether the last session falls on or before the target date (true when there is none). */
  fits: z.boolean(),
  /** What to say about the fit, in plain words. */
  message: z.string(),
});
export type WritingPlanView = z.infer<typeof WritingPlanView>;
