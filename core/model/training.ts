import { z } from 'zod';
import { IsoDate, Timestamp } from './dates';
import { RecordId } from './ids';
import { Mappings } from './mapping';
import { longText, optionalLine, requiredLine } from './text';

/**
 * Mandatory and role training: radiation, biosafety, laser, first aid, fire warden, equipment
 * sign-offs. Expiry is either a date or an interval from completion.
 */
export const TrainingRecordInput = z
  .object({
    course: requiredLine('the course name'),
    provider: optionalLine(200),
    completedDate: IsoDate,
    expiryDate: IsoDate.optional(),
    renewalMonths: z.number().int().positive().max(240).optional(),
    /** Kind of training, for grouping: radiation, biosafety, laser, first-aid, fire, equipment, other. */
    kind: optionalLine(60),
    notes: longText(10_000),
    evidenceIds: z.array(RecordId).max(50).default([]),
    mappings: Mappings,
  })
  .refine((r) => !r.expiryDate || r.expiryDate >= r.completedDate, {
    message: 'The expiry date is before the completion date.',
    path: ['expiryDate'],
  });
export type TrainingRecordInput = z.input<typeof TrainingRecordInput>;
export const TrainingRecord = TrainingRecordInput.safeExtend({ id: RecordId, createdAt: Timestamp, updatedAt: Timestamp });
export type TrainingRecord = z.infer<typeof TrainingRecord>;
