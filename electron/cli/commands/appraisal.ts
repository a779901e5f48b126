import { readFile } from 'node:fs/promises';
import { formatBytes } from '../../../core/format/bytes';
import { writeFileAtomic } from '../../services/atomic-write';
import { findMadeFile } from '../../services/made-files';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';
import { parseCliDate } from './cli-dates';
import { checkOutPath } from './pack-output';

export const appraisalCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('appraisal')
    .description('make the appraisal (annual review) pack: goals, CPD since the last review, training, progress, Technician Commitment')
    .requiredOption('--since <date>', 'the day of the last review')
    .requiredOption('--out <file>', 'where to write it')
    .option('--date <date>', "this review's day (default: today)")
    .option('--docx', 'write a Word document instead of a PDF')
    .action((options: { since: string; out: string; date?: string; docx?: boolean }) =>
      withBackend(async ({ api }) => {
        const out = await checkOutPath(options.out);
        const since = parseCliDate(options.since, '--since');
        const date = options.date === undefined ? undefined : parseCliDate(options.date, '--date');
        const made = await api.makeAppraisalPack({ since, ...(date ? { date } : {}), format: options.docx ? 'docx' : 'pdf' });
        const { dataDir } = await api.getInfo();
        const file = await findMadeFile(dataDir, made.exportId);
        if (!file) throw new UserError('The appraisal pack was made but is no longer in the exports folder. Run the command again.');
        await writeFileAtomic(out, await readFile(file.path));
        await api.discardExport(made.exportId);
        const pages = options.docx ? '' : `${made.pages} page${made.pages === 1 ? '' : 's'}, `;
        io.out(`Wrote ${out}: ${pages}${formatBytes(made.bytes)}.\n`);
      }),
    );
};
