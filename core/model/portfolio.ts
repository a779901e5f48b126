import { z } from 'zod';
import { Employment, Goal, Qualification, Supporter } from './career';
import { GapExplanation } from '../cpd-rules/schema';
import { CriterionOverride, Framework } from '../frameworks/schema';
import { ImportProfile } from '../import/import-profile';
import { Activity } from './commitment';
import { CompetenceRating } from './competence-rating';
import { CpdRecord } from './cpd-record';
import { EvidenceItem } from './evidence';
import { Profile } from './profile';
import { CompetenceStatement } from './statement';
import { SupporterBrief } from './supporter-brief';
import { TrainingRecord } from './training';
import { SuggestionDismissal } from '../suggest/dismissals';
import { WritingPlan } from '../plan/schema';

/** Bumped whenever the stored shape changes; electron/services migrations upgrade older files. */
export const PORTFOLIO_SCHEMA_VERSION = 2;

/**
 * The lists a portfolio holds: each one's record schema and, where a hostile import must be kept
 * small, how many records it may hold. Portfolio is built from this table, and a save checks only
 * the records it changed against it (./portfolio-change.ts).
 */
export const PORTFOLIO_LISTS = {
  employment: { item: Employment },
  qualifications: { item: Qualification },
  cpd: { item: CpdRecord },
  training: { item: TrainingRecord },
  evidence: { item: EvidenceItem },
  statements: { item: CompetenceStatement },
  supporters: { item: Supporter },
  goals: { item: Goal },
  /** The user's own wording of framework criteria; kept here so an app update does not wipe it. */
  frameworkOverrides: { item: CriterionOverride, max: 2000 },
  /** Frameworks the user imported (an institution's career framework, say), validated on import. */
  importedFrameworks: { item: Framework, max: 100 },
  /** Why there was no CPD for a while (illness, leave): HCPC-style gap rules accept explained gaps. */
  cpdGapExplanations: { item: GapExplanation, max: 500 },
  /** Research outputs, outreach, recognition, roles, secondments and people developed (./commitment.ts). */
  activities: { item: Activity, max: 10_000 },
  /** Self-ratings against career-pathway competences; every rating is kept, so progress shows over time. */
  competenceRatings: { item: CompetenceRating, max: 50_000 },
  /** Suggested criteria and examples the user said do not fit, so they are not offered again. */
  suggestionDismissals: { item: SuggestionDismissal, max: 20_000 },
  /** How each spreadsheet source was last imported (columns, category values), keyed by its header row. */
  importProfiles: { item: ImportProfile, max: 200 },
  /** Each supporter's brief made: the hashes of the statements it showed, so a signed copy can be checked. */
  supporterBriefs: { item: SupporterBrief, max: 1000 },
  /** Writing sessions planned for a registration's statements (core/plan); a new plan replaces the framework's old one. */
  writingPlans: { item: WritingPlan, max: 100 },
} satisfies Record<string, { item: z.ZodType; max?: number }>;

type Lists = typeof PORTFOLIO_LISTS;
export type PortfolioListName = keyof Lists;
export const PORTFOLIO_LIST_NAMES = Object.keys(PORTFOLIO_LISTS) as PortfolioListName[];

/** The most records a list may hold, or undefined where there is no limit. */
export const listLimit = (name: PortfolioListName): number | undefined => (PORTFOLIO_LISTS[name] as { max?: number }).max;

function listSchema<K extends PortfolioListName>(name: K): z.ZodDefault<z.ZodArray<Lists[K]['item']>> {
  const array = z.array(PORTFOLIO_LISTS[name].item as Lists[K]['item']);
  const max = listLimit(name);
  return (max === undefined ? array : array.max(max)).default([]);
}

const lists = Object.fromEntries(PORTFOLIO_LIST_NAMES.map((name) => [name, listSchema(name)])) as {
  [K in PortfolioListName]: z.ZodDefault<z.ZodArray<Lists[K]['item']>>;
};

/** Everything a technician keeps, as stored in portfolio.json and in backup archives. */
export const Portfolio = z.object({
  profile: Profile.default(Profile.parse({})),
  ...lists,
});
export type Portfolio = z.infer<typeof Portfolio>;
export const emptyPortfolio = (): Portfolio => Portfolio.parse({});
