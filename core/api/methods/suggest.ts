import { z } from 'zod';
import { MappedItemKind } from '../../coverage/schema';
import { CriterionCode, FrameworkId } from '../../frameworks/schema';
import { SuggestionDismissal, SuggestionDismissalInput } from '../../suggest/dismissals';
import type { MethodSchema, PortfolioPart } from './method-schema';

/** What a suggestion or a ranked example depends on: the records, the frameworks and the dismissals. */
const SUGGEST_READS: readonly PortfolioPart[] = ['cpd', 'training', 'evidence', 'activities', 'profile', 'importedFrameworks', 'frameworkOverrides', 'suggestionDismissals'];

/** A record as it is being written: it may not be saved yet. */
export const SuggestRequest = z.object({
  /** The saved record's id, so its own mappings and dismissals apply and it is not its own neighbour. */
  recordId: z.string().max(100).optional(),
  kind: MappedItemKind.default('cpd'),
  title: z.string().max(2000).default(''),
  description: z.string().max(100_000).default(''),
  reflection: z.array(z.string().max(20_000)).max(20).default([]),
  outcomes: z.string().max(100_000).default(''),
  tags: z.array(z.string().max(60)).max(50).default([]),
  mappings: z.array(z.object({ frameworkId: z.string().max(100), code: z.string().max(40) })).max(500).default([]),
  /** Criteria to leave out besides the saved dismissals: those dismissed while the record is not saved yet. */
  exclude: z.array(z.object({ frameworkId: z.string().max(100), code: z.string().max(40) })).max(500).default([]),
  /** Which frameworks to suggest for; by default the profile's target registrations and any framework the portfolio maps to. */
  frameworkIds: z.array(FrameworkId).max(30).optional(),
  limit: z.number().int().min(1).max(20).default(3),
});
export type SuggestRequest = z.input<typeof SuggestRequest>;

export const CriterionSuggestionView = z.object({
  frameworkId: z.string(),
  code: z.string(),
  areaCode: z.string(),
  /** Safe to show as the criterion's heading (core/frameworks/criterion-wording.ts). */
  heading: z.string(),
  /** Our summary, labelled as ours, where the wording is pending. */
  summary: z.string().optional(),
  score: z.number(),
  matched: z.array(z.string()),
  similarMapped: z.number().int(),
  reasons: z.array(z.string()),
});
export type CriterionSuggestionView = z.infer<typeof CriterionSuggestionView>;

export const FrameworkSuggestions = z.object({ frameworkId: z.string(), shortName: z.string(), suggestions: z.array(CriterionSuggestionView) });
export type FrameworkSuggestions = z.infer<typeof FrameworkSuggestions>;

export const ExampleView = z.object({
  kind: MappedItemKind,
  id: z.string(),
  title: z.string(),
  date: z.string().optional(),
  score: z.number(),
  matched: z.array(z.string()),
  similarMapped: z.number().int(),
  reasons: z.array(z.string()),
  draft: z.boolean(),
});
export type ExampleView = z.infer<typeof ExampleView>;

export const FindExamplesOptions = z.object({ limit: z.number().int().min(1).max(100).default(10) });

/** The example finder: criteria a record most likely shows, and records that could show a criterion. */
export const suggestMethods = {
  suggestCriteria: { args: z.tuple([SuggestRequest]), result: z.array(FrameworkSuggestions), reads: SUGGEST_READS },
  findExamples: { args: z.tuple([FrameworkId, CriterionCode, FindExamplesOptions.default({ limit: 10 })]), result: z.array(ExampleView), reads: SUGGEST_READS },
  /** Remembers that the item does not show the criterion; it is not suggested for it again. */
  dismissSuggestion: { args: z.tuple([SuggestionDismissalInput]), result: SuggestionDismissal, changes: ['suggestionDismissals'] },
} satisfies Record<string, MethodSchema>;
