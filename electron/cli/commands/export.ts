import { stat } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { ARCHIVE_EXTENSION } from '../../../core/transfer/archive-extension';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

function archivePath(value: string): string {
  if (!value.toLowerCase().endsWith(ARCHIVE_EXTENSION)) throw new InvalidArgumentError(`Name the archive with ${ARCHIVE_EXTENSION} at the end, such as backup${ARCHIVE_EXTENSION}.`);
  return value;
}


export const exportCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('export')
    .description('write the whole portfolio and its evidence files to one .techfolio archive')
    .requiredOption('--out <file>', `the archive to write (ending in ${ARCHIVE_EXTENSION})`, archivePath)
    .action((options: { out: string }) =>
      withBackend(async (backend) => {
        if (await stat(options.out).then(() => true, () => false)) {
          throw new UserError(`${options.out} already exists. Choose another name, or move the old file away first.`);
        }
        const { describeBytes, describeCounts, portfolioCounts } = await import('../../../core/transfer/portfolio-contents');
        const { exportArchiveToPath } = await import('../../transfer/archive-export');
        const { backendTransferServices } = await import('../../transfer/backend-transfer');
        const { bytes } = await exportArchiveToPath(options.out, await backendTransferServices(backend));
        io.out(`Wrote ${options.out} (${describeBytes(bytes)}): ${describeCounts(portfolioCounts(backend.portfolio.read()))}.\n`);
      }),
    );
};
