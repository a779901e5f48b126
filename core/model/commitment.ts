import { z } from 'zod';
import { CreditRoleId } from '../commitment/credit-roles';
import { IsoDate, Timestamp } from './dates';
import { RecordId } from './ids';
import { Mappings } from './mapping';
import { longText, optionalLine, requiredLine } from './text';

/**
 * Records of the things the Technician Commitment asks institutions to make visible: credit on
 * research outputs, outreach, recognition, roles, secondments and the people a technician
 * develops. They are kept in one list, `activities`, each with a `kind`; each kind has its own
 * schema, and all carry evidence and criteria mappings like a CPD record.
 */
export const ACTIVITY_KINDS = ['research-output', 'outreach', 'recognition', 'role', 'secondment', 'people-developed'] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** A DOI as printed ("10.1234/abc.5"), optionally with "doi:" or a doi.org address before it. Never looked up. */
const DOI_SHAPE = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+$/i;
export const Doi = z
  .string()
  .trim()
  .max(300, 'Keep the DOI under 300 characters.')
  .refine((s) => s === '' || DOI_SHAPE.test(s), 'A DOI looks like 10.1234/abcd.5678 (it starts with "10." and has a "/"). Check it, or put the citation under Reference instead.')
  .default('');

const shared = {
  evidenceIds: z.array(RecordId).max(200).default([]),
  mappings: Mappings,
};
const endNotBeforeStart = (r: { startDate: string; endDate?: string | undefined }) => !r.endDate || r.endDate >= r.startDate;
const endMessage = { message: 'The end date is before the start date.', path: ['endDate'] };

export const ResearchOutputType = z.enum(['paper', 'dataset', 'report', 'patent', 'grant']);
export const CreditKind = z.enum(['author', 'acknowledged', 'named-on-proposal']);

export const ResearchOutputInput = z.object({
  kind: z.literal('research-output'),
  title: requiredLine('the title of the output', 500),
  outputType: ResearchOutputType,
  doi: Doi,
  /** A citation or internal reference, for outputs without a DOI. */
  reference: optionalLine(1000),
  credit: CreditKind,
  creditRoles: z.array(CreditRoleId).max(14).default([]),
  date: IsoDate,
  description: longText(10_000),
  ...shared,
});

export const OutreachType = z.enum(['school-visit', 'open-day', 'public-talk', 'festival', 'other']);
export const OutreachInput = z.object({
  kind: z.literal('outreach'),
  title: requiredLine('what the event was', 300),
  outreachType: OutreachType,
  audience: optionalLine(300),
  audienceSize: z.number({ error: 'Enter the audience size as a whole number.' }).int('Enter the audience size as a whole number.').min(0).max(1_000_000).optional(),
  date: IsoDate,
  description: longText(10_000),
  ...shared,
});

export const RecognitionScope = z.enum(['internal', 'external']);
export const RecognitionOutcome = z.enum(['nominated', 'shortlisted', 'commended', 'won', 'not-awarded']);
export const RecognitionInput = z.object({
  kind: z.literal('recognition'),
  title: requiredLine('the award', 300),
  awardingBody: optionalLine(300),
  scope: RecognitionScope,
  outcome: RecognitionOutcome,
  date: IsoDate,
  description: longText(10_000),
  ...shared,
});

export const RoleType = z.enum(['committee', 'steering-group', 'network', 'local-contact', 'champion', 'other']);
export const RoleInput = z
  .object({
    kind: z.literal('role'),
    title: requiredLine('the role', 300),
    roleType: RoleType,
    organisation: optionalLine(300),
    startDate: IsoDate,
    /** Empty while the role is current. */
    endDate: IsoDate.optional(),
    description: longText(10_000),
    ...shared,
  })
  .refine(endNotBeforeStart, endMessage);

export const SecondmentType = z.enum(['secondment', 'development-programme', 'management-programme']);
export const SecondmentInput = z
  .object({
    kind: z.literal('secondment'),
    title: requiredLine('what the secondment or programme was', 300),
    secondmentType: SecondmentType,
    /** Where: the host team, institution or programme provider. */
    host: optionalLine(300),
    startDate: IsoDate,
    endDate: IsoDate.optional(),
    description: longText(10_000),
    learned: longText(10_000),
    ...shared,
  })
  .refine(endNotBeforeStart, endMessage);

export const PersonRelationship = z.enum(['apprentice', 'student', 'colleague', 'other']);
export const SupportType = z.enum(['trained', 'mentored', 'supervised']);
export const PeopleDevelopedInput = z
  .object({
    kind: z.literal('people-developed'),
    /** Who, as the technician wants it printed: "Two first-year apprentices", not necessarily names. */
    title: requiredLine('who you trained or mentored', 300),
    relationship: PersonRelationship,
    support: SupportType,
    topic: optionalLine(500),
    startDate: IsoDate,
    endDate: IsoDate.optional(),
    /** What they can now do. */
    outcomes: longText(10_000),
    ...shared,
  })
  .refine(endNotBeforeStart, endMessage);

export const ActivityInput = z.discriminatedUnion(
  'kind',
  [ResearchOutputInput, OutreachInput, RecognitionInput, RoleInput, SecondmentInput, PeopleDevelopedInput],
  { error: `Give the record a "kind": one of ${ACTIVITY_KINDS.join(', ')}.` },
);
export type ActivityInput = z.input<typeof ActivityInput>;

const stored = { id: RecordId, createdAt: Timestamp, updatedAt: Timestamp };

export const ResearchOutput = ResearchOutputInput.safeExtend(stored);
export const Outreach = OutreachInput.safeExtend(stored);
export const Recognition = RecognitionInput.safeExtend(stored);
export const Role = RoleInput.safeExtend(stored);
export const Secondment = SecondmentInput.safeExtend(stored);
export const PeopleDeveloped = PeopleDevelopedInput.safeExtend(stored);

export const Activity = z.discriminatedUnion('kind', [ResearchOutput, Outreach, Recognition, Role, Secondment, PeopleDeveloped]);
export type Activity = z.infer<typeof Activity>;
export type ActivityOf<K extends ActivityKind> = Extract<Activity, { kind: K }>;
