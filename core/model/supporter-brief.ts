import { z } from 'zod';
import { IsoDate, Timestamp } from './dates';
import { RecordId, Sha256 } from './ids';

/** One criterion a brief showed: its code and the SHA-256 of its statement as printed. */
export const BriefCriterion = z.object({
  code: z.string().trim().min(1).max(40),
  textSha256: Sha256,
});
export type BriefCriterion = z.infer<typeof BriefCriterion>;

/**
 * A supporter's brief as it was made: which statements it showed, by hash only. Kept so a signed
 * brief that comes back can be checked criterion by criterion against the statements as they are
 * now; the texts themselves stay in the statements list.
 */
export const SupporterBrief = z.object({
  id: RecordId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  frameworkId: z.string().trim().min(1).max(100),
  /** The supporter it was made for; kept even if they are later removed, so old briefs still verify. */
  supporterId: RecordId.optional(),
  madeOn: IsoDate,
  /** SHA-256 over the canonical serialisation of every statement shown (core/pack/statements-fingerprint.ts). */
  fingerprint: Sha256,
  criteria: z.array(BriefCriterion).max(1000),
});
export type SupporterBrief = z.infer<typeof SupporterBrief>;
