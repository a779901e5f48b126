import { stat } from 'node:fs/promises';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

export const restoreCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('restore')
    .description('restore a .techfolio archive into this portfolio')
    .argument('<file>', 'the archive')
    .option('--replace', 'replace a portfolio that already holds records (a backup is made first)')
    .action((file: string, options: { replace?: boolean }) =>
      withBackend(async (backend) => {
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) throw new UserError(`Cannot read ${file}: check the path.`);
        const { describeCounts } = await import('../../../core/transfer/portfolio-contents');
        const { restoreArchiveFromPath } = await import('../../transfer/archive-restore');
        const { backendTransferServices } = await import('../../transfer/backend-transfer');
        const result = await restoreArchiveFromPath(file, { replace: options.replace === true }, await backendTransferServices(backend));
        if (result.backupFileName) io.out(`Backed up the previous portfolio as ${result.backupFileName}.\n`);
        const files = result.counts.evidenceFiles;
        io.out(`Restored ${file}: ${describeCounts(result.counts)} (${files} evidence file${files === 1 ? '' : 's'}).\n`);
      }),
    );
};
