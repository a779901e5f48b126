import { z } from 'zod';
import { IsoDate } from '../../model/dates';
import type { MethodSchema } from './method-schema';
import { MadeFile } from './pack';

export const AppraisalOptions = z
  .object({
    /** The last review: CPD, statements and evidence from this day on are "since the last review". */
    since: IsoDate,
    /** The review's day; the user's today when left out. */
    date: IsoDate.optional(),
    format: z.enum(['pdf', 'docx']).default('pdf'),
  })
  .refine((o) => o.date === undefined || o.since <= o.date, { message: 'The last review is after the date of this one.', path: ['since'] });
export type AppraisalOptions = z.infer<typeof AppraisalOptions>;

export const appraisalMethods = {
  /** The annual review (PDR) document, as a PDF or a Word copy, waiting in exports/ to be saved. */
  makeAppraisalPack: { args: z.tuple([AppraisalOptions]), result: MadeFile, changes: ['exports'] },
} satisfies Record<string, MethodSchema>;
