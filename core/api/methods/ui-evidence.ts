import { z } from 'zod';
import { RecordId } from '../../model/ids';
import type { MethodSchema } from './method-schema';
import { EvidenceUsage } from './evidence';

/**
 * The largest evidence file the UI reads back for a thumbnail or preview. Files up to the vault's
 * limit are kept, but sending one this big as base64 in one answer would freeze the window.
 */
export const MAX_PREVIEW_BYTES = 25 * 1024 * 1024;

export const EvidenceFileBytes = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  dataBase64: z.string(),
});
export type EvidenceFileBytes = z.infer<typeof EvidenceFileBytes>;

/** A record that cites evidence: CPD, training, a qualification or a Technician Commitment activity. */
export const EvidenceCiter = EvidenceUsage.element;
export type EvidenceCiter = z.infer<typeof EvidenceCiter>;

export const uiEvidenceMethods = {
  /** The bytes of a kept evidence file, for thumbnails and previews; refused over MAX_PREVIEW_BYTES. */
  readEvidenceFile: { args: z.tuple([RecordId]), result: EvidenceFileBytes, reads: ['evidence', 'files'] },
  /**
   * Adds evidence items to the items a record cites, whichever kind of record the id names; items
   * it already cites are left as they are. With no items it changes nothing and names the record,
   * so a caller can check a record exists before adding evidence for it.
   */
  linkEvidence: { args: z.tuple([RecordId, z.array(RecordId).max(200)]), result: EvidenceCiter, changes: ['cpd', 'training', 'qualifications', 'activities'] },
} satisfies Record<string, MethodSchema>;
