import { z } from 'zod';
import type { MethodSchema } from './method-schema';

export const calendarMethods = {
  /**
   * Every deadline (training renewals and booking days, CPD declarations, goal and registration
   * target dates, the CPD year's end) as one iCalendar file of all-day events, or null when there
   * is none.
   */
  exportDeadlinesCalendar: {
    args: z.tuple([]),
    result: z.object({ text: z.string(), fileName: z.string(), count: z.number().int().nonnegative() }).nullable(),
    reads: ['profile', 'training', 'goals', 'importedFrameworks', 'frameworkOverrides'],
  },
} satisfies Record<string, MethodSchema>;
