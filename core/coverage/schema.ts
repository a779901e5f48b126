import { z } from 'zod';
import { LengthLevel } from '../writing/length-limits';
import { ACTIVITY_KINDS } from '../model/commitment';
import { IsoDate } from '../model/dates';

/** The kinds of portfolio item that can be mapped to criteria. */
export const MappedItemKind = z.enum(['cpd', 'training', 'qualification', 'evidence', ...ACTIVITY_KINDS]);
export type MappedItemKind = z.infer<typeof MappedItemKind>;

export const CoverageItem = z.object({
  kind: MappedItemKind,
  id: z.string(),
  title: z.string(),
  /** The item's own date (CPD: end, else start; training: completed; evidence: its date); absent for an undated qualification. */
  date: z.string().optional(),
  note: z.string(),
  /** The code as mapped, when it reached this criterion through an alias (RSci "D4" → D3). */
  viaAlias: z.string().optional(),
  /** Older than the framework's recency window (three years unless the framework says otherwise). */
  old: z.boolean(),
  /** A CPD record's hours, or a training or Technician Commitment record's where it has them. */
  hours: z.number().optional(),
  /**
   * The evidence files this item brings to the criterion, in the item's own order: an evidence
   * item brings itself; a record brings the evidence linked to it that is still in the portfolio.
   */
  evidenceIds: z.array(z.string()),
});
export type CoverageItem = z.infer<typeof CoverageItem>;

export const CriterionCoverage = z.object({
  code: z.string(),
  areaCode: z.string(),
  heading: z.string(),
  wordingStatus: z.enum(['confirmed', 'pending']),
  /** Whether an application must evidence it (see the framework's selection rules). */
  required: z.enum(['required', 'choice', 'optional']),
  /** What shows the criterion: the items mapped to it, newest first (core/coverage/coverage.ts decides; every screen, the pack and the CLI use it). */
  items: z.array(CoverageItem),
  itemCount: z.number().int(),
  /** Every evidence file the items bring, each once, in the order the items cite them. */
  evidenceIds: z.array(z.string()),
  /** Draft CPD records mapped here: never counted until they are complete. */
  draftsLeftOut: z.number().int(),
  latestDate: z.string().optional(),
  /** Every mapped item is older than the recency window. */
  onlyOldExamples: z.boolean(),
  statement: z.object({
    written: z.boolean(),
    words: z.number().int(),
    wordLimit: z.number().int().optional(),
    /** Over a hard limit of its own (any unit); area and report totals are in `lengths`. */
    overLimit: z.boolean(),
    /** The statement's length at every level that applies: its own, its area's, the report's (core/writing/length-limits.ts). */
    lengths: z.array(LengthLevel).default([]),
  }),
  gap: z.boolean(),
});
export type CriterionCoverage = z.infer<typeof CriterionCoverage>;

/** A mapping whose code the framework no longer has (and no alias covers): kept, to be re-mapped. */
export const UnresolvedMapping = z.object({
  kind: MappedItemKind,
  id: z.string(),
  title: z.string(),
  code: z.string(),
  note: z.string(),
  reason: z.enum(['retired', 'unknown']),
  /** For a retired code, what it was. */
  retiredHeading: z.string().optional(),
});
export type UnresolvedMapping = z.infer<typeof UnresolvedMapping>;

export const CoverageSummary = z.object({
  criteriaCount: z.number().int(),
  evidencedCount: z.number().int(),
  statementCount: z.number().int(),
  gapCodes: z.array(z.string()),
  oldOnlyCodes: z.array(z.string()),
  overLimitCodes: z.array(z.string()),
  /** 0 to 100: see readiness.ts for the formula. */
  readiness: z.number(),
  /** For a framework with selection rules, whether each rule can be met with the evidence so far. */
  rules: z.array(z.object({ description: z.string(), met: z.boolean(), chosen: z.array(z.string()) })),
});
export type CoverageSummary = z.infer<typeof CoverageSummary>;

/** Criteria × items, sparse: each row lists the column indexes its criterion is mapped from. */
export const CoverageMatrix = z.object({
  columns: z.array(z.object({ kind: MappedItemKind, id: z.string(), title: z.string(), date: z.string().optional() })),
  rows: z.array(z.object({ code: z.string(), columns: z.array(z.number().int()) })),
});
export type CoverageMatrix = z.infer<typeof CoverageMatrix>;

export const FrameworkCoverage = z.object({
  frameworkId: z.string(),
  asOf: z.string(),
  recentYears: z.number(),
  criteria: z.array(CriterionCoverage),
  unresolved: z.array(UnresolvedMapping),
  summary: CoverageSummary,
  matrix: CoverageMatrix,
});
export type FrameworkCoverage = z.infer<typeof FrameworkCoverage>;

export const CoverageOptions = z.object({
  /** Today, or the date the application will be sent; examples are judged old against it. */
  asOf: IsoDate.optional(),
  /** Overrides the framework's recency window. */
  recentYears: z.number().int().positive().max(50).optional(),
});
export type CoverageOptions = z.infer<typeof CoverageOptions>;
