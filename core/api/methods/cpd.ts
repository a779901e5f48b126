import { z } from 'zod';
import { CpdRecord, CpdRecordInput, RecordId } from '../../model/cpd-record';
import type { MethodSchema } from './method-schema';

/** The most records one bulk change may name: far above a personal log's page of selected rows. */
export const MAX_BULK_RECORDS = 5000;

const BulkIds = z.array(RecordId).min(1, 'Choose at least one record.').max(MAX_BULK_RECORDS);
const Tag = z.string().trim().min(1).max(60);

export const CpdBulkChange = z
  .object({
    ids: BulkIds,
    /** A category id to set on every record; null clears it; absent leaves each record's own. */
    category: z.string().max(60).nullable().optional(),
    addTags: z.array(Tag).max(50).default([]),
    removeTags: z.array(Tag).max(50).default([]),
  })
  .refine((c) => c.category !== undefined || c.addTags.length > 0 || c.removeTags.length > 0, { message: 'Choose a category or tags to change.' });
export type CpdBulkChange = z.input<typeof CpdBulkChange>;

/** Where a deleted record was listed by a goal, so undoing the delete puts it back there too. */
export const GoalLink = z.object({ goalId: RecordId, recordId: RecordId });

export const DeletedCpd = z.object({ records: z.array(CpdRecord).max(MAX_BULK_RECORDS), goalLinks: z.array(GoalLink).max(MAX_BULK_RECORDS * 10) });
export type DeletedCpd = z.infer<typeof DeletedCpd>;

/** The most records `listCpdNewest` hands out: a screenful or two of the log, not the log. */
export const MAX_NEWEST_CPD = 100;

export const cpdMethods = {
  listCpd: { args: z.tuple([]), result: z.array(CpdRecord), reads: ['cpd'] },
  /** The newest records in the log's own order (core/cpd/search.ts), and how many there are: the log's first rows while the rest load. */
  listCpdNewest: { args: z.tuple([z.number().int().min(1).max(MAX_NEWEST_CPD)]), result: z.object({ records: z.array(CpdRecord), total: z.number().int().nonnegative() }), reads: ['cpd'] },
  getCpd: { args: z.tuple([RecordId]), result: CpdRecord, reads: ['cpd'] },
  addCpd: { args: z.tuple([CpdRecordInput]), result: CpdRecord, changes: ['cpd'] },
  /** Replaces what the user wrote; the id and creation time stay. */
  updateCpd: { args: z.tuple([RecordId, CpdRecordInput]), result: CpdRecord, changes: ['cpd'] },
  /** Also removes the record from every goal that lists it. */
  deleteCpd: { args: z.tuple([RecordId]), result: z.object({ deleted: RecordId }), changes: ['cpd', 'goals'] },
  /** Sets the category and adds or removes tags on many records in one save: all of them or, if any is missing, none. */
  updateCpdMany: { args: z.tuple([CpdBulkChange]), result: z.object({ updated: z.number().int() }), changes: ['cpd'] },
  /** Deletes many records in one save, and answers with what was deleted so it can be put back. */
  deleteCpdMany: { args: z.tuple([BulkIds]), result: DeletedCpd, changes: ['cpd', 'goals'] },
  /**
   * Puts back records deleteCpdMany answered with (Undo), with their ids, dates and goal links. A
   * record already back is left as it is; evidence or goals deleted meanwhile are not cited again.
   */
  restoreDeletedCpd: { args: z.tuple([DeletedCpd]), result: z.object({ restored: z.number().int() }), changes: ['cpd', 'goals'] },
} satisfies Record<string, MethodSchema>;
