import { z } from 'zod';
import { IsoDate, Timestamp } from './dates';
import { RecordId } from './ids';

/**
 * How well a technician rates themselves on one competence, lowest first. The order matters:
 * a career pathway's expectation is met by its minimum rating or any rating after it.
 */
export const RATING_LEVELS = ['not-yet', 'developing', 'competent', 'can-teach'] as const;
export const RatingLevel = z.enum(RATING_LEVELS, { error: 'Choose a rating: not-yet, developing, competent or can-teach.' });
export type RatingLevel = z.infer<typeof RatingLevel>;

export const RATING_LABELS: Readonly<Record<RatingLevel, string>> = {
  'not-yet': 'Not yet',
  developing: 'Developing',
  competent: 'Competent',
  'can-teach': 'Can teach it',
};

/** 0 for "not yet" up to 3 for "can teach it". */
export const ratingRank = (rating: RatingLevel): number => RATING_LEVELS.indexOf(rating);

/** What the technician says when rating themselves against one competence of a framework. */
export const CompetenceRatingInput = z.object({
  frameworkId: z.string().min(1).max(100),
  code: z.string().min(1).max(40),
  rating: RatingLevel,
  /** The day the rating applies to; defaults to today. */
  date: IsoDate.optional(),
  /** Why: what the technician did that shows it. */
  note: z.string().max(4000, 'Keep the note under 4,000 characters.').default(''),
  evidenceIds: z.array(RecordId).max(50).default([]),
});
export type CompetenceRatingInput = z.input<typeof CompetenceRatingInput>;

/** One rating as stored. Ratings are never overwritten: each is kept, so progress can be shown. */
export const CompetenceRating = CompetenceRatingInput.extend({ date: IsoDate, id: RecordId, createdAt: Timestamp });
export type CompetenceRating = z.infer<typeof CompetenceRating>;

/** The latest rating of each competence (by date, then by when it was entered), keyed by code. */
export function currentRatings(ratings: readonly CompetenceRating[], frameworkId: string): Map<string, CompetenceRating> {
  const latest = new Map<string, CompetenceRating>();
  for (const r of ratings) {
    if (r.frameworkId !== frameworkId) continue;
    const seen = latest.get(r.code);
    if (!seen || r.date > seen.date || (r.date === seen.date && r.createdAt >= seen.createdAt)) latest.set(r.code, r);
  }
  return latest;
}
