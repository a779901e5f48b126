import { z } from 'zod';
import { PreparedSubmission, SubmissionOptions } from '../../submission/prepared';
import { SubmissionProfileSummary } from '../../submission/schema';
import type { MethodSchema } from './method-schema';

const FrameworkIdArg = z.string().trim().min(1).max(100);

export const submissionMethods = {
  /** The submission profiles to choose from for a route, its own first. */
  listSubmissionProfiles: { args: z.tuple([FrameworkIdArg]), result: z.array(SubmissionProfileSummary), reads: ['importedFrameworks'] },
  /** Writes the files a body asks for, each within its limits, a paste pack and Word copies, into one folder. */
  prepareSubmission: { args: z.tuple([SubmissionOptions]), result: PreparedSubmission, changes: ['exports', 'supporterBriefs'] },
} satisfies Record<string, MethodSchema>;
