import { formatBytes } from '../../../core/pack/pack-labels';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';
import { parseCliDate } from './cli-dates';
import { checkOutPath, deliverExport, formatFindings } from './pack-output';

export const summaryCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('summary')
    .description('make a CPD summary PDF for a period (for appraisal), or a one-page profile')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--from <date>', 'start of the period')
    .option('--to <date>', 'end of the period')
    .option('--profile', 'make the one-page profile instead of the CPD summary')
    .action((options: { out: string; from?: string; to?: string; profile?: boolean }) =>
      withBackend(async ({ api }) => {
        const out = await checkOutPath(options.out);
        let made;
        if (options.profile) made = await api.makeProfilePage({});
        else {
          if (options.from === undefined || options.to === undefined) throw new UserError('Give the period with --from and --to, such as --from 01/04/2025 --to 31/03/2026.');
          made = await api.makeCpdSummary({ from: parseCliDate(options.from, '--from'), to: parseCliDate(options.to, '--to') });
        }
        io.out(formatFindings(made.findings));
        await deliverExport(api, made.exportId, out);
        io.out(`Wrote ${out}: ${made.pages} page${made.pages === 1 ? '' : 's'}, ${formatBytes(made.bytes)}.\n`);
      }),
    );
};
