import { z } from 'zod';

/**
 * A claim that a piece of the portfolio shows one criterion of one framework. The code is kept as
 * written even if a later edition of the framework drops it, so no mapping is ever lost.
 */
export const CriterionMapping = z.object({
  frameworkId: z.string().min(1).max(100),
  code: z.string().min(1).max(40),
  note: z.string().max(2000).default(''),
});
export type CriterionMapping = z.infer<typeof CriterionMapping>;

export const Mappings = z.array(CriterionMapping).max(500).default([]);
