import { z } from 'zod';

/** A criterion as the side-by-side view shows it, with how far the applicant has got with it. */
export const UpgradeCriterion = z.object({
  code: z.string(),
  heading: z.string(),
  /** "pending" headings are our own summary and are shown labelled so. */
  wordingStatus: z.enum(['confirmed', 'pending']),
  /** The codes on the other side it corresponds to (by the higher register's declared correspondence). */
  counterparts: z.array(z.string()),
  statementWords: z.number().int().nonnegative(),
  /** How many records and evidence items are mapped to it. */
  mappedCount: z.number().int().nonnegative(),
  /** Higher register only: asks more than its counterpart, or has none. */
  mark: z.enum(['raised', 'new']).optional(),
  notes: z.array(z.string()),
});
export type UpgradeCriterion = z.infer<typeof UpgradeCriterion>;

export const UpgradeArea = z.object({
  code: z.string(),
  lowerHeading: z.string().optional(),
  higherHeading: z.string().optional(),
  lower: z.array(UpgradeCriterion),
  higher: z.array(UpgradeCriterion),
});
export type UpgradeArea = z.infer<typeof UpgradeArea>;

export const UpgradeFramework = z.object({ id: z.string(), name: z.string(), shortName: z.string() });
export type UpgradeFramework = z.infer<typeof UpgradeFramework>;

/** A higher register that declares it can be reached from a lower one. */
export const UpgradeRoute = z.object({ from: UpgradeFramework, to: UpgradeFramework });
export type UpgradeRoute = z.infer<typeof UpgradeRoute>;

/** Two standards side by side by area, as the higher register's file declares they correspond. */
export const UpgradeView = z.object({
  from: UpgradeFramework,
  to: UpgradeFramework,
  /** Whose correspondence it is, as the file says. */
  basis: z.string(),
  note: z.string(),
  areas: z.array(UpgradeArea),
  /** Codes the correspondence names that the lower register does not have (a file for another edition). */
  unknownFromCodes: z.array(z.string()),
});
export type UpgradeView = z.infer<typeof UpgradeView>;

export const CarryOverOptions = z.object({
  /** Work out what would be carried without saving anything. */
  dryRun: z.boolean().default(false),
});
export type CarryOverOptions = z.input<typeof CarryOverOptions>;

/** What a carry-over did (or, in a dry run, would do). */
export const CarryOverSummary = z.object({
  from: UpgradeFramework,
  to: UpgradeFramework,
  dryRun: z.boolean(),
  /** Statements written for the higher register as drafts, and the lower codes each came from. */
  statementsCarried: z.array(z.object({ code: z.string(), from: z.array(z.string()) })),
  /** Higher criteria that already had the user's own statement, which was left as it was. */
  statementsKept: z.array(z.string()),
  /** Mappings added to records and evidence, with the higher register's codes. */
  mappingsAdded: z.array(z.object({ kind: z.string(), id: z.string(), title: z.string(), codes: z.array(z.string()) })),
  raised: z.array(z.string()),
  new: z.array(z.string()),
});
export type CarryOverSummary = z.infer<typeof CarryOverSummary>;
