import { z } from 'zod';
import { FrameworkId } from '../../frameworks/schema';
import { CompetenceRating, CompetenceRatingInput } from '../../model/competence-rating';
import { IsoDate } from '../../model/dates';
import { RecordId } from '../../model/ids';
import { PathwayView } from '../../pathway/pathway-view';
import { MadeFile } from './pack';
import type { MethodSchema } from './method-schema';
import { FRAMEWORK_READS } from './frameworks';

const LevelId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Not a valid level id: use the id from the framework file, such as "level-2".');

export const PathwaySummaryOptions = z.object({
  /** The level aimed for; by default the one above the current level. */
  targetLevelId: LevelId.optional(),
  /** The date printed on the summary; defaults to today. */
  date: IsoDate.optional(),
});
export type PathwaySummaryOptions = z.input<typeof PathwaySummaryOptions>;

export const PathwayFramework = z.object({ id: z.string(), name: z.string(), shortName: z.string(), levelCount: z.number().int() });
export type PathwayFramework = z.infer<typeof PathwayFramework>;

/** Career pathways: self-ratings against competences, the level they reach, and the gaps to the next. */
export const pathwayMethods = {
  /** Frameworks that declare levels, so can be used as a career pathway. */
  listPathways: { args: z.tuple([]), result: z.array(PathwayFramework), reads: FRAMEWORK_READS },
  /** Adds a rating; earlier ratings of the same competence are kept as its history. */
  rateCompetence: { args: z.tuple([CompetenceRatingInput]), result: CompetenceRating, changes: ['competenceRatings'] },
  /** Every rating made against the framework, oldest first. */
  listRatings: { args: z.tuple([FrameworkId]), result: z.array(CompetenceRating), reads: ['competenceRatings'] },
  /** Removes one rating entered by mistake. */
  deleteRating: { args: z.tuple([RecordId]), result: z.object({ deleted: RecordId }), changes: ['competenceRatings'] },
  getPathway: { args: z.tuple([FrameworkId, LevelId.optional()]), result: PathwayView, reads: ['competenceRatings', ...FRAMEWORK_READS] },
  /** A one-page development summary PDF for an appraisal, written to exports/ like a pack. */
  makePathwaySummary: { args: z.tuple([FrameworkId, PathwaySummaryOptions.default({})]), result: MadeFile, changes: ['exports'] },
} satisfies Record<string, MethodSchema>;
