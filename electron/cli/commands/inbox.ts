import path from 'node:path';
import type { Command } from 'commander';
import type { InboxRun } from '../../../core/api/methods/inbox';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

const FIELD_NAMES: Record<string, string> = { title: 'title', provider: 'provider', date: 'date', hours: 'hours', points: 'points', expiry: 'expiry' };

/** What one look at the inbox made, a line per file, for people. */
export function formatInboxRun(run: InboxRun): string {
  const lines: string[] = [];
  for (const made of run.made) {
    const suggested = made.suggested.map((f) => FIELD_NAMES[f] ?? f);
    const from = suggested.length > 0 ? `suggested from its text: ${suggested.join(', ')}` : 'no details could be read from it: fill in the title, date and hours';
    lines.push(`draft: ${made.fileName} -> CPD record "${made.title}" (${made.recordId}); ${from}`);
  }
  for (const item of run.alreadyEvidence) lines.push(`already evidence: ${item.fileName} is already kept (${item.evidenceId}); no draft made`);
  for (const item of run.refused) lines.push(`refused: ${item.fileName}: ${item.reason}`);
  for (const name of run.waiting) lines.push(`waiting: ${name} is still being copied or synced (or is empty); run this again when it has arrived`);
  if (run.problem) lines.push(run.problem);
  const n = run.made.length;
  lines.push(
    n === 0
      ? 'No new files to take in.'
      : `${n} draft record${n === 1 ? '' : 's'} made. Review ${n === 1 ? 'it' : 'them'} in the CPD log (Drafts) or with techfolio list, then mark ${n === 1 ? 'it' : 'each'} complete.`,
  );
  return `${lines.join('\n')}\n`;
}

export const inboxCommand: CliCommand = (program: Command, { io, withBackend, setExitCode }) => {
  program
    .command('inbox')
    .description('take in the new files of a folder once: each becomes evidence cited by a draft CPD record filled in from its text (files are never changed or deleted)')
    .argument('[folder]', 'the folder to look in (default: the inbox folder chosen in Settings)')
    .action((folder: string | undefined) =>
      withBackend(async (backend) => {
        if (folder === undefined && (await backend.inbox.settings()).folder === null) {
          throw new UserError('No inbox folder is chosen. Give the folder: techfolio inbox FOLDER, or choose one in the app under Settings, Inbox.');
        }
        const run = await backend.inbox.takeIn(folder === undefined ? undefined : path.resolve(folder));
        io.out(formatInboxRun(run));
        if (run.refused.length > 0 || run.problem) setExitCode(1);
      }),
    );
};
