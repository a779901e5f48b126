import { z } from 'zod';
import { PageSelection } from '../evidence/page-selection';
import { IsoDate, Timestamp } from './dates';
import { RecordId, Sha256 } from './ids';
import { Mappings } from './mapping';
import { longText, requiredLine } from './text';

/** A file kept in the evidence vault, named by its SHA-256. */
export const EvidenceFile = z.object({
  sha256: Sha256,
  size: z.number().int().nonnegative(),
  /** Detected from the content, not the extension. */
  mediaType: z.string().max(200),
  /** The name it had on the user's disk, for display only; never used as a path. */
  originalName: z.string().max(500),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** Details the user edits; the file itself arrives through addEvidenceFile. */
export const EvidenceDetails = z.object({
  title: requiredLine('a title for the evidence'),
  date: IsoDate,
  description: longText(20_000),
  mappings: Mappings,
  /** The pages of a PDF to include in a pack ("1-3, 7", "10-"); absent means the whole file. */
  pages: PageSelection.optional(),
});

export const EvidenceItem = z.discriminatedUnion('kind', [
  EvidenceDetails.extend({ kind: z.literal('file'), file: EvidenceFile }),
  EvidenceDetails.extend({ kind: z.literal('note'), note: z.string().max(50_000) }),
  /** A web address kept as text: never fetched, never opened without the user asking. */
  EvidenceDetails.extend({ kind: z.literal('link'), url: z.string().max(2000) }),
]).and(z.object({ id: RecordId, createdAt: Timestamp, updatedAt: Timestamp }));
export type EvidenceItem = z.infer<typeof EvidenceItem>;
