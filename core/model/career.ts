import { z } from 'zod';
import { IsoDate, Timestamp } from './dates';
import { RecordId } from './ids';
import { Mappings } from './mapping';
import { longText, optionalLine, requiredLine } from './text';

const stored = { id: RecordId, createdAt: Timestamp, updatedAt: Timestamp };
const endNotBeforeStart = <T extends { startDate: string; endDate?: string | undefined }>(r: T) => !r.endDate || r.endDate >= r.startDate;
const endMessage = { message: 'The end date is before the start date.', path: ['endDate'] };

export const EmploymentInput = z
  .object({
    employer: requiredLine('the employer', 200),
    role: requiredLine('the job title', 200),
    department: optionalLine(200),
    startDate: IsoDate,
    /** Empty while the job is current. */
    endDate: IsoDate.optional(),
    description: longText(10_000),
  })
  .refine(endNotBeforeStart, endMessage);
export type EmploymentInput = z.input<typeof EmploymentInput>;
export const Employment = EmploymentInput.safeExtend(stored);
export type Employment = z.infer<typeof Employment>;

export const QualificationInput = z.object({
  title: requiredLine('the qualification', 300),
  /** As the certificate or framework states it: "RQF 3", "SCQF 7", "Level 5"... */
  level: optionalLine(40),
  awardingBody: optionalLine(200),
  dateAwarded: IsoDate.optional(),
  evidenceIds: z.array(RecordId).max(50).default([]),
  mappings: Mappings,
});
export type QualificationInput = z.input<typeof QualificationInput>;
export const Qualification = QualificationInput.safeExtend(stored);
export type Qualification = z.infer<typeof Qualification>;

export const SupporterInput = z.object({
  kind: z.enum(['supporter', 'referee']).default('supporter'),
  name: requiredLine('their name', 200),
  role: optionalLine(200),
  organisation: optionalLine(200),
  email: optionalLine(200),
  phone: optionalLine(60),
  relationship: optionalLine(300),
});
export type SupporterInput = z.input<typeof SupporterInput>;
export const Supporter = SupporterInput.safeExtend(stored);
export type Supporter = z.infer<typeof Supporter>;

export const GoalStatus = z.enum(['not-started', 'in-progress', 'achieved', 'dropped']);
export type GoalStatus = z.infer<typeof GoalStatus>;
export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, string>> = { 'not-started': 'Not started', 'in-progress': 'In progress', achieved: 'Achieved', dropped: 'Dropped' };
/** A SMART goal of the development plan. */
export const GoalInput = z.object({
  objective: requiredLine('the objective', 500),
  measure: optionalLine(500),
  targetDate: IsoDate.optional(),
  status: GoalStatus.default('not-started'),
  cpdRecordIds: z.array(RecordId).max(200).default([]),
});
export type GoalInput = z.input<typeof GoalInput>;
export const Goal = GoalInput.safeExtend(stored);
export type Goal = z.infer<typeof Goal>;
