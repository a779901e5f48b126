import type { CliCommand } from './cli-command';
import { formatCpdTable } from '../format';

export const listCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('list')
    .description('print the CPD records')
    .option('--json', 'print the records as JSON, with their ids')
    .action((options: { json?: boolean }) =>
      withBackend(async ({ api }) => {
        const records = await api.listCpd();
        io.out(options.json ? `${JSON.stringify(records, null, 2)}\n` : formatCpdTable(records));
      }),
    );
};
