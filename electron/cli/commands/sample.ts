import { localToday } from '../../../core/format/today';
import { InvalidArgumentError } from 'commander';
import { isCalendarDay } from '../../../core/model/calendar-day';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

const seedOption = (value: string) => {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('Give the seed as a whole number, such as 42.');
  return Number(value);
};
const dayOption = (value: string) => {
  if (!isCalendarDay(value)) throw new InvalidArgumentError('Give the day as YYYY-MM-DD, such as 2026-11-23.');
  return value;
};

export const sampleCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('sample')
    .description('fill the portfolio folder with a realistic sample portfolio (refuses a portfolio that has records, unless --force)')
    .option('--seed <n>', 'the same seed gives the same sample', seedOption, 1)
    .option('--today <YYYY-MM-DD>', 'the day the sample is built around (default: today)', dayOption)
    .option('--force', 'replace what is in the portfolio (a backup is taken first)')
    .action((options: { seed: number; today?: string; force?: boolean }) =>
      withBackend(async (backend) => {
        const { clearPortfolio, isPortfolioEmpty, writeSamplePortfolio } = await import('../../sample/sample-portfolio');
        if (!isPortfolioEmpty(backend.portfolio.read())) {
          if (!options.force) {
            throw new UserError(`The portfolio in ${backend.backups.dataDir} already has records; the sample was not written. Use --force to replace them (a backup is taken first).`);
          }
          const backup = await backend.backups.createBackup('before-sample');
          await clearPortfolio(backend);
          if (backup) io.err(`techfolio: the previous portfolio was backed up to ${backup.fileName}\n`);
        }
        const summary = await writeSamplePortfolio(backend, { seed: options.seed, today: options.today ?? localToday(new Date()) });
        io.out(
          `Sample portfolio written to ${backend.backups.dataDir}: ${summary.cpd} CPD records, ${summary.training} training records, ${summary.evidence} evidence items, ${summary.statements} statements.\n`,
        );
      }),
    );
};
