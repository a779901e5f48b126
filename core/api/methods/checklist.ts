import { z } from 'zod';
import { RouteChecklist, SupporterStep } from '../../checklist/schema';
import { IsoDate } from '../../model/dates';
import { RecordId } from '../../model/ids';
import { SignoffCheck } from '../../pack/signoff-check-schema';
import { MadeFile } from './pack';
import type { MethodSchema } from './method-schema';

const FrameworkIdArg = z.string().trim().min(1).max(100);

/** Everything the checklist reads: the profile and the lists its items look at. */
const CHECKLIST_READS = ['profile', 'employment', 'qualifications', 'evidence', 'supporters', 'goals', 'importedFrameworks'] as const;

export const SupporterBriefOptions = z.object({
  frameworkId: FrameworkIdArg,
  /** The supporter it is for; the one nominated for the registration when left out. */
  supporterId: RecordId.optional(),
  /** The date printed on it; today when left out. */
  date: IsoDate.optional(),
});
export type SupporterBriefOptions = z.infer<typeof SupporterBriefOptions>;

export const MadeBrief = MadeFile.extend({
  /** The statements' fingerprint as printed on every page: "3F9A-12BC-77D0-A1E4-90FF". */
  fingerprint: z.string(),
});
export type MadeBrief = z.infer<typeof MadeBrief>;

export const checklistMethods = {
  /** What the registration needs besides statements, each item done, missing, not needed or to check. */
  getRouteChecklist: { args: z.tuple([FrameworkIdArg]), result: RouteChecklist, reads: CHECKLIST_READS },
  /** Ticks (a date) or clears (null) a supporter step of a registration the profile works towards. */
  setSupporterStep: { args: z.tuple([FrameworkIdArg, SupporterStep, IsoDate.nullable()]), result: RouteChecklist, changes: ['profile'], answers: { read: 'getRouteChecklist', leadingArgs: 1 } },
  /** Makes a supporter's brief and keeps what it showed, so a signed copy can be checked later. */
  makeSupporterBrief: { args: z.tuple([SupporterBriefOptions]), result: MadeBrief, changes: ['exports', 'supporterBriefs'] },
  /** Reads the fingerprint from a signed brief kept as evidence and compares the statements now with those it showed. */
  verifySignoff: { args: z.tuple([RecordId]), result: SignoffCheck, reads: ['evidence', 'files', 'statements', 'supporterBriefs', 'frameworkOverrides', 'importedFrameworks'] },
} satisfies Record<string, MethodSchema>;
