import { z } from 'zod';
import { CpdRecord, CpdRecordInput, RecordId } from '../../model/cpd-record';
import type { MethodSchema } from './method-schema';

export const cpdMethods = {
  listCpd: { args: z.tuple([]), result: z.array(CpdRecord), reads: ['cpd'] },
  getCpd: { args: z.tuple([RecordId]), result: CpdRecord, reads: ['cpd'] },
  addCpd: { args: z.tuple([CpdRecordInput]), result: CpdRecord, changes: ['cpd'] },
  /** Replaces what the user wrote; the id and creation time stay. */
  updateCpd: { args: z.tuple([RecordId, CpdRecordInput]), result: CpdRecord, changes: ['cpd'] },
  /** Also removes the record from every goal that lists it. */
  deleteCpd: { args: z.tuple([RecordId]), result: z.object({ deleted: RecordId }), changes: ['cpd', 'goals'] },
} satisfies Record<string, MethodSchema>;
