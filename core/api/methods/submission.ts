import { z } from 'zod';
import { FolderOpened, PreparedSubmission, SubmissionId, SubmissionOptions, ZippedSubmission } from '../../submission/prepared';
import { SubmissionProfileSummary } from '../../submission/schema';
import type { MethodSchema } from './method-schema';

const FrameworkIdArg = z.string().trim().min(1).max(100);

export const submissionMethods = {
  /** The submission profiles to choose from for a route, its own first. */
  listSubmissionProfiles: { args: z.tuple([FrameworkIdArg]), result: z.array(SubmissionProfileSummary), reads: ['importedFrameworks'] },
  /** Writes the files a body asks for, each within its limits, a paste pack and Word copies, into one folder. */
  prepareSubmission: { args: z.tuple([SubmissionOptions]), result: PreparedSubmission, changes: ['exports', 'supporterBriefs'] },
  /** The prepared folder as one .zip, waiting in exports/ to be delivered by saveExport. */
  zipSubmission: { args: z.tuple([SubmissionId]), result: ZippedSubmission, changes: ['exports'] },
  /** Opens the prepared folder in the computer's file manager: the desktop app's; elsewhere 'unavailable'. */
  openSubmissionFolder: { args: z.tuple([SubmissionId]), result: FolderOpened, reads: ['exports'] },
} satisfies Record<string, MethodSchema>;
