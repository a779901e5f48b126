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
} satisfies Record<string, MethodSchema>;
