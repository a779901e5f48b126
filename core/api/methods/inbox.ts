import { z } from 'zod';
import type { MethodSchema } from './method-schema';

/** The inbox folder the user chose, and how many files have been taken from it so far. */
export const InboxSettings = z.object({
  folder: z.string().nullable(),
  taken: z.number().int(),
});
export type InboxSettings = z.infer<typeof InboxSettings>;

/** What one look at the inbox did, file by file. */
export const InboxRun = z.object({
  folder: z.string().nullable(),
  /** Files taken in, each as evidence cited by a new draft CPD record. */
  made: z.array(z.object({ fileName: z.string(), recordId: z.string(), evidenceId: z.string(), title: z.string(), suggested: z.array(z.string()) })),
  /** Files whose content was already in the evidence vault: taken, no draft made. */
  alreadyEvidence: z.array(z.object({ fileName: z.string(), evidenceId: z.string() })),
  /** Files the vault would not take (a kind it does not keep, too large), said once. */
  refused: z.array(z.object({ fileName: z.string(), reason: z.string() })),
  /** Files still changing (being copied or synced): looked at again next time. */
  waiting: z.array(z.string()),
  /** Set when the folder could not be read at all. */
  problem: z.string().optional(),
});
export type InboxRun = z.infer<typeof InboxRun>;

/** What making drafts from evidence files did: a draft per file, and the items left alone with why. */
export const EvidenceDrafts = z.object({
  made: z.array(z.object({ evidenceId: z.string(), recordId: z.string(), fileName: z.string(), title: z.string(), suggested: z.array(z.string()) })),
  skipped: z.array(z.object({ evidenceId: z.string(), title: z.string(), reason: z.string() })),
});
export type EvidenceDrafts = z.infer<typeof EvidenceDrafts>;

/**
 * The inbox: a folder whose new files become evidence, each cited by a draft CPD record to review.
 * Its settings and the files taken are kept beside the portfolio, so they are the 'files' part.
 */
export const inboxMethods = {
  getInbox: { args: z.tuple([]), result: InboxSettings, reads: ['files'] },
  setInboxFolder: { args: z.tuple([z.string().trim().max(4000).nullable()]), result: InboxSettings, changes: ['files'] },
  /** How many files in the folder are new since the app started looking: polled, so it writes nothing and refreshes nothing. */
  inboxPending: { args: z.tuple([]), result: z.number().int().nonnegative(), reads: ['files'] },
  checkInbox: { args: z.tuple([]), result: InboxRun, changes: ['files', 'evidence', 'cpd'] },
  /** The inbox's review for files already in the vault (dropped on the evidence screen): a draft CPD record for each, prefilled from its words. */
  draftsFromEvidence: { args: z.tuple([z.array(z.string().trim().min(1).max(100)).min(1).max(1000)]), result: EvidenceDrafts, changes: ['cpd'] },
} satisfies Record<string, MethodSchema>;
