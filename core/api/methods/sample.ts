import { z } from 'zod';
import { PORTFOLIO_PARTS, type MethodSchema } from './method-schema';

/** Which portfolio the app has open: the user's own, or the made-up sample kept in a folder of its own. */
export const SampleState = z.object({ exploring: z.boolean() });
export type SampleState = z.infer<typeof SampleState>;

/**
 * Exploring the sample portfolio. The sample lives in its own folder inside the data folder
 * (`sample-portfolio/`), made the first time it is explored; the user's own portfolio is never
 * written while it is open. Switching either way changes every answer, so every screen refreshes.
 */
export const sampleMethods = {
  // Its answer changes only with the switch below, which changes the profile among everything else.
  getSampleState: { args: z.tuple([]), result: SampleState, reads: ['profile'] },
  exploreSample: { args: z.tuple([]), result: SampleState, changes: PORTFOLIO_PARTS },
  leaveSample: { args: z.tuple([]), result: SampleState, changes: PORTFOLIO_PARTS },
} satisfies Record<string, MethodSchema>;
