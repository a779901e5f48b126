import { z } from 'zod';
import type { MethodSchema } from './method-schema';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  /** How this backend is reached: the desktop shell, the loopback host, or the command line. */
  transport: z.enum(['desktop', 'web', 'cli']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appMethods = {
  getInfo: { args: z.tuple([]), result: AppInfo, reads: [] },
} satisfies Record<string, MethodSchema>;
