import { z } from 'zod';
import { Employment, Goal, Qualification, Supporter } from './career';
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
});
export type Portfolio = z.infer<typeof Portfolio>;
export const emptyPortfolio = (): Portfolio => Portfolio.parse({});
