import { z } from 'zod';
import { IsoDate } from '../model/dates';
import { CPD_BODY_IDS } from './body-ids';

/** The bodies whose CPD requirement the app can check. */
export const CpdBodyId = z.enum(CPD_BODY_IDS);
export type CpdBodyId = z.infer<typeof CpdBodyId>;

const base = { id: z.string(), title: z.string(), description: z.string() };

/** One requirement of a body, as data; core/cpd-rules/evaluate.ts gives each kind its meaning. */
export const CpdRuleSpec = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('records-present'), minimum: z.number().int().positive() }),
  z.object({ ...base, kind: z.literal('category-spread'), scheme: z.string(), minimum: z.number().int().positive(), exceptionalMinimum: z.number().int().positive() }),
  z.object({ ...base, kind: z.literal('reflection-benefit') }),
  z.object({ ...base, kind: z.literal('reflection-present'), minimumWords: z.number().int().positive() }),
  z.object({ ...base, kind: z.literal('development-plan') }),
  z.object({ ...base, kind: z.literal('evaluation-against-objectives') }),
  z.object({ ...base, kind: z.literal('points-per-hour'), minimum: z.number().nonnegative(), maximum: z.number().positive() }),
  z.object({ ...base, kind: z.literal('points-per-year'), perYear: z.number().positive(), minimumPerHour: z.number().nonnegative(), maximumPerHour: z.number().positive() }),
  z.object({ ...base, kind: z.literal('hours-per-year'), perYear: z.number().positive() }),
  z.object({ ...base, kind: z.literal('no-long-gaps'), months: z.number().int().positive() }),
]);
export type CpdRuleSpec = z.infer<typeof CpdRuleSpec>;

export const CpdRuleSet = z.object({
  bodyId: CpdBodyId,
  name: z.string(),
  /** The official page the rules were taken from. */
  sourceUrl: z.string(),
  /** How sure we are of the figures, in plain words. */
  note: z.string(),
  rules: z.array(CpdRuleSpec),
});
export type CpdRuleSet = z.infer<typeof CpdRuleSet>;

/** A stretch of time the user has explained (illness, parental leave, a career break). */
export const GapExplanation = z.object({ from: IsoDate, to: IsoDate, reason: z.string().trim().min(1).max(2000) });
export type GapExplanation = z.infer<typeof GapExplanation>;

export const CpdPeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((p) => p.from <= p.to, { message: 'The period ends before it starts.', path: ['to'] });
export type CpdPeriod = z.infer<typeof CpdPeriod>;

export const CpdRuleStatus = z.enum(['pass', 'warn', 'fail']);
export type CpdRuleStatus = z.infer<typeof CpdRuleStatus>;

export const CpdRuleResult = z.object({
  ruleId: z.string(),
  title: z.string(),
  status: CpdRuleStatus,
  /** One sentence: what was found. */
  summary: z.string(),
  /** What is missing, one item a line, in words the user can act on; empty on a pass. */
  missing: z.array(z.string()),
  /** The CPD records that count towards this rule. */
  countingRecordIds: z.array(z.string()),
});
export type CpdRuleResult = z.infer<typeof CpdRuleResult>;

export const CpdAudit = z.object({
  bodyId: CpdBodyId,
  name: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  /** fail if any rule fails, else warn if any warns, else pass. */
  status: CpdRuleStatus,
  results: z.array(CpdRuleResult),
});
export type CpdAudit = z.infer<typeof CpdAudit>;
