import { cp, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../../../core/pack/pack-labels';
import type { PreparedSubmission } from '../../../core/submission/prepared';
import { UserError } from '../user-error';
import { chosenFramework } from './checklist';
import type { CliCommand } from './cli-command';

export function formatSubmission(made: PreparedSubmission, out: string): string {
  const lines = [`${made.profileName}`, `Folder: ${out}`, ''];
  for (const f of made.files) {
    const size = f.bytes !== undefined ? formatBytes(f.bytes) : '-';
    const limit = f.limitBytes !== undefined ? ` of ${formatBytes(f.limitBytes)}` : '';
    lines.push(`${f.status === 'written' ? '[x]' : '[!]'} ${f.name}  ${size}${limit}`, `    ${f.message}`);
  }
  const over = made.fields.filter((f) => f.over);
  if (made.fields.length > 0) lines.push('', `Paste pack: ${made.fields.length} block${made.fields.length === 1 ? '' : 's'}${over.length > 0 ? `; over the limit: ${over.map((f) => f.code ?? f.label).join(', ')}` : ', each within its limit'}.`);
  lines.push('', made.complete ? 'Every file meets the profile.' : 'Some files could not be made to meet the profile: see [!] above.', '');
  return lines.join('\n');
}

export const submissionCommand: CliCommand = (program, { io, withBackend, setExitCode }) => {
  program
    .command('submission')
    .description("write the files a body asks for, each within its limits, with Word copies and a paste pack for the online form")
    .option('--framework <id>', 'the registration (default: the first you are working towards)')
    .option('--profile <id>', "the body's submission rules (default: the route's own, else generic)")
    .requiredOption('--out <dir>', 'the folder to write into (made if missing; must be empty)')
    .option('--json', 'print what was written as JSON')
    .action((options: { framework?: string; profile?: string; out: string; json?: boolean }) =>
      withBackend(async ({ api }) => {
        const out = path.resolve(options.out);
        const existing = await stat(out).catch(() => null);
        if (existing && !existing.isDirectory()) throw new UserError(`--out: ${out} is a file; give a folder.`);
        const frameworkId = await chosenFramework(api, options.framework);
        const made = await api.prepareSubmission({ frameworkId, ...(options.profile !== undefined ? { profileId: options.profile } : {}) });
        const { dataDir } = await api.getInfo();
        const { submissionFolder } = await import('../../submission/prepare-submission');
        const folder = submissionFolder(dataDir, made.submissionId);
        await mkdir(out, { recursive: true });
        // Never overwrites: a file of the same name already there is an earlier submission.
        await cp(folder, out, { recursive: true, force: false, errorOnExist: true }).catch((error: NodeJS.ErrnoException) => {
          throw new UserError(error.code === 'ERR_FS_CP_EEXIST' ? `--out: ${out} already holds files of the same names. Choose an empty folder.` : `--out: the files could not be copied (${error.code ?? error.message}).`);
        });
        await rm(folder, { recursive: true, force: true });
        io.out(options.json ? `${JSON.stringify({ ...made, folder: out }, null, 2)}\n` : formatSubmission(made, out));
        if (!made.complete) setExitCode(1);
      }),
    );
};
