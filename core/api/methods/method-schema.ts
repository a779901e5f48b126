import type { z } from 'zod';

/** One call of the contract: the zod schemas of its argument list and of its result. */
export type MethodSchema = { args: z.ZodTuple; result: z.ZodType };
