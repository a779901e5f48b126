import type { CliCommand } from './cli-command';
import { formatCpdTable } from '../format';

export const listCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('list')
    .description('print the CPD records')
    .action(() =>
      withBackend(async ({ api }) => {
        io.out(formatCpdTable(await api.listCpd()));
      }),
    );
};
