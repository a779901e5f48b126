import { z } from 'zod';
import { Activity, ActivityInput, ActivityKind } from '../../model/commitment';
import { RecordId } from '../../model/ids';
import type { MethodSchema } from './method-schema';

/**
 * Technician Commitment records: research outputs, outreach, recognition, roles, secondments and
 * people developed. One set of calls serves every kind: the input is a union on `kind`, so each
 * kind is still checked against its own schema, and a list can ask for one kind.
 */
export const commitmentMethods = {
  /** Newest first; all kinds, or only the kind given. */
  listActivities: { args: z.tuple([ActivityKind.optional()]), result: z.array(Activity), reads: ['activities'] },
  addActivity: { args: z.tuple([ActivityInput]), result: Activity, changes: ['activities'] },
  /** Replaces a record's fields; its kind cannot change (delete it and add one of the other kind). */
  updateActivity: { args: z.tuple([RecordId, ActivityInput]), result: Activity, changes: ['activities'] },
  deleteActivity: { args: z.tuple([RecordId]), result: z.object({ deleted: RecordId }), changes: ['activities'] },
} satisfies Record<string, MethodSchema>;
