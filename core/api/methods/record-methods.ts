import { z } from 'zod';
import { RecordId } from '../../model/ids';
import type { PortfolioPart } from './method-schema';

/** What a delete answers: the id that is gone. */
export const Deleted = z.object({ deleted: RecordId });

/** list, add, update(id, input) and delete(id) for one kind of record, kept in the list `part`. */
export function recordMethods<I extends z.ZodType, S extends z.ZodType>(input: I, stored: S, part: PortfolioPart) {
  const parts = [part] as const;
  return {
    list: { args: z.tuple([]), result: z.array(stored), reads: parts },
    add: { args: z.tuple([input]), result: stored, changes: parts },
    update: { args: z.tuple([RecordId, input]), result: stored, changes: parts },
    delete: { args: z.tuple([RecordId]), result: Deleted, changes: parts },
  };
}
