import { z } from 'zod';
import { CoverageOptions, FrameworkCoverage } from '../../coverage/schema';
import { CpdAudit, CpdBodyId, CpdRuleSet, GapExplanation } from '../../cpd-rules/schema';
import { CriterionCode, FrameworkId } from '../../frameworks/schema';
import { FrameworkSummary, LoadedFramework } from '../../frameworks/registry';
import { ACTIVITY_KINDS } from '../../model/commitment';
import { IsoDate } from '../../model/dates';
import { RecordId } from '../../model/ids';
import { CriterionMapping, Mappings } from '../../model/mapping';
import type { MethodSchema } from './method-schema';

/** The item whose mappings are being set. */
export const MappingTarget = z.object({ kind: z.enum(['cpd', 'training', 'qualification', 'evidence', ...ACTIVITY_KINDS]), id: RecordId });
export type MappingTarget = z.infer<typeof MappingTarget>;

export const CriterionWording = z
  .object({
    heading: z.string().trim().max(300, 'Keep the heading under 300 characters.').optional(),
    guidance: z.string().trim().max(4000, 'Keep the guidance under 4,000 characters.').optional(),
    /** The criterion's wording pasted from the user's application form; an empty text removes it. */
    formWording: z.string().trim().max(2000, 'Keep the wording from your form under 2,000 characters; paste only this criterion\'s wording.').optional(),
  })
  .refine((w) => w.heading !== undefined || w.guidance !== undefined || w.formWording !== undefined, { message: 'Give a new heading, new guidance, or the wording from your application form.' });

export const AuditRequest = z
  .object({
    /** Both default to the twelve months up to today. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    gapExplanations: z.array(GapExplanation).max(200).default([]),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'The period ends before it starts.', path: ['to'] });

/** What a framework as shown depends on: the built-in files never change while the app runs. */
export const FRAMEWORK_READS = ['importedFrameworks', 'frameworkOverrides'] as const;

/**
 * Everything coverage counts, declared once: records and evidence that map to criteria, the
 * statements, the frameworks themselves, and the profile (the routes it targets).
 */
export const COVERAGE_READS = ['cpd', 'training', 'qualifications', 'evidence', 'activities', 'statements', ...FRAMEWORK_READS, 'profile'] as const;

/** Every kind of item that can carry mappings (MappingTarget's kinds, by the list that holds them). */
const MAPPED_LISTS = ['cpd', 'training', 'qualifications', 'evidence', 'activities'] as const;

export const frameworkMethods = {
  listFrameworks: { args: z.tuple([]), result: z.array(FrameworkSummary), reads: FRAMEWORK_READS },
  getFramework: { args: z.tuple([FrameworkId]), result: LoadedFramework, reads: FRAMEWORK_READS },
  getCoverage: { args: z.tuple([FrameworkId, CoverageOptions.optional()]), result: FrameworkCoverage, reads: COVERAGE_READS },
  listCpdRuleSets: { args: z.tuple([]), result: z.array(CpdRuleSet), reads: [] },
  evaluateCpdRules: { args: z.tuple([CpdBodyId, AuditRequest.optional()]), result: CpdAudit, reads: ['cpd', 'cpdGapExplanations', 'profile'] },
  /** Replaces the saved reasons for gaps in the CPD record; every later audit takes them into account. */
  setGapExplanations: {
    args: z.tuple([z.array(GapExplanation.refine((g) => g.from <= g.to, { message: 'The gap ends before it starts.', path: ['to'] })).max(500)]),
    result: z.array(GapExplanation),
    changes: ['cpdGapExplanations'],
  },
  setCriterionOverride: { args: z.tuple([FrameworkId, CriterionCode, CriterionWording]), result: LoadedFramework, changes: ['frameworkOverrides'] },
  clearCriterionOverride: { args: z.tuple([FrameworkId, CriterionCode]), result: LoadedFramework, changes: ['frameworkOverrides'] },
  /** The text of a framework file; refused with every problem's JSON path (or line and column). */
  importFramework: { args: z.tuple([z.string().max(2_000_000, 'A framework file must be under 2 MB.')]), result: FrameworkSummary, changes: ['importedFrameworks'] },
  removeImportedFramework: { args: z.tuple([FrameworkId]), result: z.object({ removed: FrameworkId }), changes: ['importedFrameworks'] },
  setMappings: { args: z.tuple([MappingTarget, Mappings]), result: z.array(CriterionMapping), changes: MAPPED_LISTS },
} satisfies Record<string, MethodSchema>;
