import { z } from 'zod';
import { IsoDate } from '../model/dates';
import { DocumentType } from './schema';

/** One file of a prepared submission, with its size against the body's limit. */
export const PreparedFile = z.object({
  name: z.string(),
  /** Which document of the profile it is, or a copy the app adds (Word copies, the paste pack). */
  role: z.union([DocumentType, z.enum(['word-copy', 'paste-pack'])]),
  /** 'written': in the folder and within its limits; 'not-written': it could not be made to fit, or there was nothing to put in it. */
  status: z.enum(['written', 'not-written']),
  bytes: z.number().int().nonnegative().optional(),
  pages: z.number().int().nonnegative().optional(),
  limitBytes: z.number().int().positive().optional(),
  maxPages: z.number().int().positive().optional(),
  /** What was done to make it fit, or why it is missing, in plain words. */
  message: z.string(),
});
export type PreparedFile = z.infer<typeof PreparedFile>;

export const PasteField = z.object({
  label: z.string(),
  code: z.string().optional(),
  unit: z.enum(['words', 'characters']),
  count: z.number().int(),
  limit: z.number().int().optional(),
  suggested: z.number().int().optional(),
  over: z.boolean(),
});
export type PasteField = z.infer<typeof PasteField>;

/** A prepared folder's id under the data folder's exports/. */
export const SubmissionId = z.string().regex(/^submission-[a-z0-9-]{8,64}$/, 'Not a valid submission id.');

export const PreparedSubmission = z.object({
  /** The folder's id under the data folder's exports/; the CLI copies it to --out. */
  submissionId: SubmissionId,
  /** Where the folder is on this computer, to open it from the app. */
  folder: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  files: z.array(PreparedFile),
  fields: z.array(PasteField),
  /** Every required file written within its limits. */
  complete: z.boolean(),
});
export type PreparedSubmission = z.infer<typeof PreparedSubmission>;

export const SubmissionOptions = z.object({
  frameworkId: z.string().trim().min(1).max(100),
  /** The route's own profile when left out. */
  profileId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/).optional(),
  date: IsoDate.optional(),
});
export type SubmissionOptions = z.infer<typeof SubmissionOptions>;

/** A prepared folder zipped into one made file, to be saved like a pack (saveExport). */
export const ZippedSubmission = z.object({
  exportId: z.string().regex(/^[a-z0-9-]{8,64}$/),
  /** A suggested name for saving: "Submission files - Siân Jones.zip". */
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type ZippedSubmission = z.infer<typeof ZippedSubmission>;

/** Whether the prepared folder was opened: only the desktop app can show a folder; elsewhere its path is given. */
export const FolderOpened = z.discriminatedUnion('status', [z.object({ status: z.literal('opened') }), z.object({ status: z.literal('unavailable'), folder: z.string() })]);
export type FolderOpened = z.infer<typeof FolderOpened>;
