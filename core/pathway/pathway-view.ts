import { z } from 'zod';
import { CompetenceRating, RatingLevel } from '../model/competence-rating';

export const LevelStatus = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** Every expectation of the level is met by the current ratings. */
  met: z.boolean(),
  expectationCount: z.number().int(),
  metCount: z.number().int(),
});
export type LevelStatus = z.infer<typeof LevelStatus>;

/** One competence of the framework with its current rating and every rating before it, oldest first. */
export const CompetenceProgress = z.object({
  code: z.string(),
  heading: z.string(),
  areaCode: z.string(),
  areaHeading: z.string(),
  guidance: z.string(),
  current: RatingLevel.nullable(),
  ratedOn: z.string().optional(),
  history: z.array(CompetenceRating),
});
export type CompetenceProgress = z.infer<typeof CompetenceProgress>;

/** A competence the target level expects and the ratings do not yet show, with what would help. */
export const PathwayGap = z.object({
  code: z.string(),
  heading: z.string(),
  guidance: z.string(),
  expected: RatingLevel,
  current: RatingLevel.nullable(),
  suggestedCpd: z.string(),
  /** CPD categories whose activities could show it, with their labels. */
  cpdCategories: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type PathwayGap = z.infer<typeof PathwayGap>;

export const PathwayView = z.object({
  frameworkId: z.string(),
  frameworkName: z.string(),
  shortName: z.string(),
  levels: z.array(LevelStatus),
  /** The highest level whose expectations are all met; null when none is. */
  currentLevelId: z.string().nullable(),
  /** The level aimed for: as asked, else the one above the current level; null when the top is reached. */
  targetLevelId: z.string().nullable(),
  competences: z.array(CompetenceProgress),
  gaps: z.array(PathwayGap),
});
export type PathwayView = z.infer<typeof PathwayView>;
