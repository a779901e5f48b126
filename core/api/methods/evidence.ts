import { z } from 'zod';
import { IsoDate } from '../../model/dates';
import { ACTIVITY_KINDS } from '../../model/commitment';
import { EvidenceDetails, EvidenceItem } from '../../model/evidence';
import { RecordId } from '../../model/ids';
import { Mappings } from '../../model/mapping';
import { longText, requiredLine } from '../../model/text';
import { MAX_EVIDENCE_BYTES, base64DecodedSize } from '../../evidence/limits';
import { PageSelection } from '../../evidence/page-selection';
import type { MethodSchema } from './method-schema';
import { Deleted } from './record-methods';

/** Records that can cite evidence: deleting an item removes it from each of them. */
const CITING_LISTS = ['cpd', 'training', 'qualifications', 'activities'] as const;

/** What the user can set on any evidence item. The date defaults to the day it is added. */
const EvidenceDetailsInput = z.object({
  title: requiredLine('a title for the evidence').optional(),
  date: IsoDate.optional(),
  description: longText(20_000),
  mappings: Mappings,
  pages: PageSelection.optional(),
});

/** A file read by the UI (a dropped File) and sent as base64: the transports carry JSON only. */
export const EvidenceFileUpload = EvidenceDetailsInput.extend({
  fileName: z.string().trim().min(1, 'The file has no name.').max(500),
  dataBase64: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive as base64.')
    .refine((s) => base64DecodedSize(s) <= MAX_EVIDENCE_BYTES, {
      message: `Evidence files can be up to ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB. Save a smaller copy and add that.`,
    }),
});
export type EvidenceFileUpload = z.input<typeof EvidenceFileUpload>;

export const EvidenceNoteInput = EvidenceDetailsInput.extend({
  title: requiredLine('a title for the note'),
  note: z.string().max(50_000).min(1, 'Write the note.'),
});
export type EvidenceNoteInput = z.input<typeof EvidenceNoteInput>;

/** A web address the user gives as evidence: http or https only. */
const WebAddress = z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https:// or http://.' }).max(2000);

export const EvidenceLinkInput = EvidenceDetailsInput.extend({
  title: requiredLine('a title for the link'),
  url: WebAddress,
});
export type EvidenceLinkInput = z.input<typeof EvidenceLinkInput>;

/** Edits to an evidence item: its details (a blank page selection includes the whole file again), and the text of a note or the address of a link. */
export const EvidenceUpdate = EvidenceDetails.extend({
  note: z.string().max(50_000).optional(),
  url: WebAddress.optional(),
});
export type EvidenceUpdate = z.input<typeof EvidenceUpdate>;

export const EvidenceAdded = z.object({
  /** 'duplicate': the same file was already kept; the existing item is returned and nothing was added. */
  outcome: z.enum(['added', 'duplicate']),
  item: EvidenceItem,
  /** Set for kept files that are never rendered as active content (HTML, SVG). */
  notice: z.string().optional(),
});
export type EvidenceAdded = z.infer<typeof EvidenceAdded>;

export const EvidenceUsage = z.array(
  z.object({ kind: z.enum(['cpd', 'qualification', 'training', ...ACTIVITY_KINDS]), id: RecordId, title: z.string() }),
);

export const evidenceMethods = {
  listEvidence: { args: z.tuple([]), result: z.array(EvidenceItem), reads: ['evidence'] },
  addEvidenceFile: { args: z.tuple([EvidenceFileUpload]), result: EvidenceAdded, changes: ['evidence', 'files'] },
  addEvidenceNote: { args: z.tuple([EvidenceNoteInput]), result: EvidenceItem, changes: ['evidence'] },
  addEvidenceLink: { args: z.tuple([EvidenceLinkInput]), result: EvidenceItem, changes: ['evidence'] },
  updateEvidence: { args: z.tuple([RecordId, EvidenceUpdate]), result: EvidenceItem, changes: ['evidence'] },
  /** Also removes the item from every record that cites it; a file no longer cited goes to the trash. */
  deleteEvidence: { args: z.tuple([RecordId]), result: Deleted, changes: ['evidence', 'files', ...CITING_LISTS] },
  getEvidenceUsage: { args: z.tuple([RecordId]), result: EvidenceUsage, reads: ['evidence', ...CITING_LISTS] },
} satisfies Record<string, MethodSchema>;
