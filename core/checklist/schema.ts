import { z } from 'zod';
import { IsoDate } from '../model/dates';
import { FindingTarget } from '../pack/pack-options';

export const ChecklistItemKind = z.enum([
  'cv',
  'qualifications',
  'membership',
  'nominated-supporter',
  'supporter-agreed',
  'supporter-statement',
  'development-plan',
  'fees',
  'code-of-conduct',
]);
export type ChecklistItemKind = z.infer<typeof ChecklistItemKind>;

/**
 * done: the portfolio has it; missing: the route needs it and the portfolio does not show it yet;
 * not-needed: this route does not ask for it; check: the route asks for it but it happens outside
 * the portfolio (paying the fee, reading the code of conduct), so only the applicant can tell.
 */
export const ChecklistState = z.enum(['done', 'missing', 'not-needed', 'check']);
export type ChecklistState = z.infer<typeof ChecklistState>;

/** The two steps the applicant ticks on the checklist itself, stored on the target registration. */
export const SupporterStep = z.enum(['supporterAgreed', 'supporterStatementReceived']);
export type SupporterStep = z.infer<typeof SupporterStep>;

export const ChecklistItem = z.object({
  kind: ChecklistItemKind,
  label: z.string(),
  state: ChecklistState,
  /** One or two sentences: what is there, or what to do next. */
  detail: z.string(),
  /** Where to fix it. */
  target: FindingTarget,
  /** Where a figure or rule was read (the fee, the code of conduct). */
  source: z.string().optional(),
  /** Set when the applicant ticks this item on the checklist rather than elsewhere. */
  step: SupporterStep.optional(),
  /** For a ticked step: the day it was ticked. */
  date: IsoDate.optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const RouteChecklist = z.object({
  frameworkId: z.string(),
  name: z.string(),
  shortName: z.string(),
  /** Whether the registration is among those the profile works towards (the supporter steps are stored there). */
  isTarget: z.boolean(),
  items: z.array(ChecklistItem),
  /** Items needed (done, missing or to check) and how many of them are done. */
  needed: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
});
export type RouteChecklist = z.infer<typeof RouteChecklist>;
