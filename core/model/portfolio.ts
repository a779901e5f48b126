import { z } from 'zod';
import { Employment, Goal, Qualification, Supporter } from './career';
import { GapExplanation } from '../cpd-rules/schema';
import { CriterionOverride, Framework } from '../frameworks/schema';
import { Activity } from './commitment';
import { CompetenceRating } from './competence-rating';
import { CpdRecord } from './cpd-record';
import { EvidenceItem } from './evidence';
import { Profile } from './profile';
import { CompetenceStatement } from './statement';
import { TrainingRecord } from './training';

/** Bumped whenever the stored shape changes; electron/services migrations upgrade older files. */
export const PORTFOLIO_SCHEMA_VERSION = 2;

/** Everything a technician keeps, as stored in portfolio.json and in backup archives. */
export const Portfolio = z.object({
  profile: Profile.default(Profile.parse({})),
  employment: z.array(Employment).default([]),
  qualifications: z.array(Qualification).default([]),
  cpd: z.array(CpdRecord).default([]),
  training: z.array(TrainingRecord).default([]),
  evidence: z.array(EvidenceItem).default([]),
  statements: z.array(CompetenceStatement).default([]),
  supporters: z.array(Supporter).default([]),
  goals: z.array(Goal).default([]),
  /** The user's own wording of framework criteria; kept here so an app update does not wipe it. */
  frameworkOverrides: z.array(CriterionOverride).max(2000).default([]),
  /** Frameworks the user imported (an institution's career framework, say), validated on import. */
  importedFrameworks: z.array(Framework).max(100).default([]),
  /** Why there was no CPD for a while (illness, leave): HCPC-style gap rules accept explained gaps. */
  cpdGapExplanations: z.array(GapExplanation).max(500).default([]),
  /** Research outputs, outreach, recognition, roles, secondments and people developed (core/model/commitment.ts). */
  activities: z.array(Activity).max(10_000).default([]),
  /** Self-ratings against career-pathway competences; every rating is kept, so progress shows over time. */
  competenceRatings: z.array(CompetenceRating).max(50_000).default([]),
});
export type Portfolio = z.infer<typeof Portfolio>;
export const emptyPortfolio = (): Portfolio => Portfolio.parse({});
