import type { EvidenceDrafts, InboxRun } from '../../core/api/methods/inbox';

/** What one look at the inbox did, as lines for people: one per file, then a summary. */
export function inboxRunLines(run: InboxRun): string[] {
  const lines: string[] = [];
  for (const made of run.made) lines.push(`${made.fileName}: a draft CPD record, "${made.title}", ${made.suggested.length > 0 ? 'filled in from its text' : 'with nothing read from it: fill it in'}.`);
  for (const item of run.alreadyEvidence) lines.push(`${item.fileName}: already in your evidence, so no draft was made.`);
  for (const item of run.refused) lines.push(`${item.fileName}: not taken. ${item.reason}`);
  for (const name of run.waiting) lines.push(`${name}: still arriving (being copied or synced); it will be taken when it has finished.`);
  if (run.problem) lines.push(run.problem);
  return lines;
}

/** The one-line summary said after a look that made drafts. */
export const inboxMadeNotice = (made: number): string =>
  `${made} ${made === 1 ? 'file' : 'files'} from the inbox ${made === 1 ? 'is' : 'are'} waiting for you to review as ${made === 1 ? 'a draft' : 'drafts'} in the CPD log.`;

/** What making drafts from added evidence files did, as lines for people: one per file. */
export function evidenceDraftLines(result: EvidenceDrafts): string[] {
  return [
    ...result.made.map((made) => `${made.fileName}: a draft CPD record, "${made.title}", ${made.suggested.length > 0 ? 'filled in from its text' : 'with nothing read from it: fill it in'}.`),
    ...result.skipped.map((item) => `No draft: ${item.reason}`),
  ];
}

/** The one-line summary said after making drafts from added evidence files. */
export const evidenceDraftsHeading = (made: number): string =>
  made === 0 ? 'No draft CPD records were made.' : `${made} ${made === 1 ? 'draft CPD record is' : 'draft CPD records are'} waiting for you to review in the CPD log.`;
