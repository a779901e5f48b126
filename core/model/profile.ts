import { z } from 'zod';
import { IsoDate } from './dates';
import { RecordId } from './ids';
import { optionalLine } from './text';

export const ProfessionalBody = z.object({
  /** A body id from core/cpd/bodies.ts where known (ist, rsc, rsb, iop, iet, ...), else free text. */
  bodyId: z.string().trim().min(1).max(60),
  name: optionalLine(200),
  membershipNumber: optionalLine(60),
  grade: optionalLine(100),
});
export type ProfessionalBody = z.infer<typeof ProfessionalBody>;

export const TargetRegistration = z.object({
  /** A framework id (sc-rscitech, ukspec4-engtech, ...). */
  frameworkId: z.string().trim().min(1).max(100),
  /** The licensed body applied through (IST, RSC, ...). */
  viaBodyId: optionalLine(60),
  targetDate: IsoDate.optional(),
  /** The one supporter (or referee) named on this application; one of the portfolio's supporters. */
  nominatedSupporterId: RecordId.optional(),
  /** When the nominated supporter agreed to support this application; ticked on the route checklist. */
  supporterAgreed: IsoDate.optional(),
  /** When their statement (or the signed brief) came back; ticked on the route checklist. */
  supporterStatementReceived: IsoDate.optional(),
});
export type TargetRegistration = z.infer<typeof TargetRegistration>;

/** The target registrations that nominate a supporter: a supporter they name cannot just vanish. */
export const registrationsNominating = (profile: Profile, supporterId: string): TargetRegistration[] =>
  profile.targetRegistrations.filter((r) => r.nominatedSupporterId === supporterId);

export const CpdTarget = z.object({
  bodyId: z.string().trim().min(1).max(60),
  amount: z.number().positive().max(10_000),
  unit: z.enum(['hours', 'points']),
});
export type CpdTarget = z.infer<typeof CpdTarget>;

export const CpdYear = z.enum(['calendar', 'academic', 'membership']);
export type CpdYear = z.infer<typeof CpdYear>;

/** The technician. Names are free Unicode text in any script; nothing is assumed about their shape. */
export const Profile = z.object({
  name: optionalLine(200),
  preferredName: optionalLine(200),
  jobTitle: optionalLine(200),
  employer: optionalLine(200),
  department: optionalLine(200),
  email: optionalLine(200),
  professionalBodies: z.array(ProfessionalBody).max(30).default([]),
  targetRegistrations: z.array(TargetRegistration).max(30).default([]),
  cpdTargets: z.array(CpdTarget).max(30).default([]),
  /** Which year the CPD target counts over; optional, as bodies differ and many users never say. */
  cpdYear: CpdYear.optional(),
  /** System notifications for what falls due; off until the user turns them on in Settings. */
  notifyDue: z.boolean().optional(),
});
export type Profile = z.infer<typeof Profile>;
export const ProfileInput = Profile;
export type ProfileInput = z.input<typeof Profile>;

/**
 * Why a supporter cannot be deleted yet, or undefined when no registration nominates them. Deleting
 * is refused rather than clearing the nomination, so an application never loses its supporter
 * without the user choosing another.
 */
export function nominatedSupporterDeleteRefusal(profile: Profile, supporterId: string, registrationName: (frameworkId: string) => string): string | undefined {
  const names = registrationsNominating(profile, supporterId).map((r) => registrationName(r.frameworkId));
  if (names.length === 0) return undefined;
  return `This person is your nominated supporter for ${names.join(' and ')}. On the "About you" tab, choose someone else (or no one) under "Registrations you are working towards" and save your profile, then delete them.`;
}
