import { z } from 'zod';
import { IsoDate, Timestamp } from './dates';
import { RecordId } from './ids';
import { Mappings } from './mapping';
import { longText, requiredLine } from './text';

export { RecordId } from './ids';

/** Reflection models a technician can choose per record; their prompts live in core/cpd/reflection-models.ts. */
export const ReflectionModelId = z.enum(['what-so-what-now-what', 'gibbs', 'science-council', 'free']);
export type ReflectionModelId = z.infer<typeof ReflectionModelId>;

export const Reflection = z.object({
  model: ReflectionModelId.default('science-council'),
  /**
   * Answers keyed by the model's prompt id. A prompt left blank is simply not answered: forms send
   * it as undefined or '', and it is dropped rather than refused.
   */
  answers: z
    .record(z.string().max(64), z.string().max(20_000).optional())
    .transform((answers) => Object.fromEntries(Object.entries(answers).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))))
    .default({}),
});
export type Reflection = z.infer<typeof Reflection>;

export const RecordStatus = z.enum(['draft', 'complete']);

const hours = z
  .number({ error: 'Enter the hours as a number, such as 1.5.' })
  .positive('Hours must be more than zero.')
  .max(1000, 'Hours must be 1000 or fewer for one activity.');

/** What the technician writes when logging CPD. */
export const CpdRecordInput = z
  .object({
    title: requiredLine('a title for the activity'),
    startDate: IsoDate,
    endDate: IsoDate.optional(),
    hours,
    /** Some bodies count points (RSB: 1 to 3 an hour); left empty where hours are what counts. */
    points: z.number().min(0).max(1000).optional(),
    /** A category id from a category scheme (core/cpd/categories.ts); Science Council's by default. */
    category: z.string().max(60).optional(),
    description: longText(),
    reflection: Reflection.default({ model: 'science-council', answers: {} }),
    outcomes: longText(),
    tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
    status: RecordStatus.default('complete'),
    evidenceIds: z.array(RecordId).max(200).default([]),
    mappings: Mappings,
  })
  .refine((r) => !r.endDate || r.endDate >= r.startDate, { message: 'The end date is before the start date.', path: ['endDate'] });
export type CpdRecordInput = z.input<typeof CpdRecordInput>;

const stored = { id: RecordId, createdAt: Timestamp, updatedAt: Timestamp };

export const CpdRecord = CpdRecordInput.safeExtend(stored);
export type CpdRecord = z.infer<typeof CpdRecord>;
