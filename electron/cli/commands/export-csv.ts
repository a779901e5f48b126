import type { CliCommand } from './cli-command';

export const exportCsvCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('export-csv')
    .description('write cpd.csv and training.csv (for Excel) into a folder')
    .requiredOption('--out <dir>', 'the folder to write into (made if missing)')
    .action((options: { out: string }) =>
      withBackend(async (backend) => {
        const { writeCsvExports } = await import('../../transfer/csv-files');
        for (const file of await writeCsvExports(options.out, backend.portfolio.read())) io.out(`Wrote ${file}\n`);
      }),
    );
};
