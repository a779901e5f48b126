import { z } from 'zod';
import type { MethodSchema } from './method-schema';

export const DueNotice = z.object({ key: z.string(), title: z.string(), body: z.string(), route: z.string().startsWith('/'), date: z.string() });

export const notificationMethods = {
  /**
   * What falls due from today to a week ahead (core/notifications/due-notices.ts), and whether the
   * user has turned notifications on (they are off until then: `enabled` false, no notices).
   */
  listDueNotices: {
    args: z.tuple([]),
    result: z.object({ enabled: z.boolean(), today: z.string(), notices: z.array(DueNotice) }),
    reads: ['profile', 'training', 'goals', 'importedFrameworks', 'frameworkOverrides'],
  },
} satisfies Record<string, MethodSchema>;
