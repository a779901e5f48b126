import { readFile } from 'node:fs/promises';
import type { CliCommand } from './cli-command';

export const checkCommand: CliCommand = (program, { io, withBackend, setExitCode }) => {
  program
    .command('check')
    .description('check the portfolio against its format, the ids records cite, and every evidence file against its hash')
    .action(() =>
      withBackend(async (backend) => {
        const { danglingReferences, readStoreText } = await import('../../services/integrity-check');
        const problems: string[] = [];
        const { outcome, message } = backend.startupCheck;
        if (outcome === 'recovered' || outcome === 'restored' || outcome === 'reset') problems.push(message);
        const reading = readStoreText(await readFile(backend.portfolio.path, 'utf8'));
        if (!reading.ok) problems.push(`The portfolio file ${backend.portfolio.path} does not pass the check: ${reading.problem}.`);
        else problems.push(...danglingReferences(reading.portfolio), ...(await backend.evidence.verify()));
        if (problems.length > 0) {
          for (const problem of problems) io.err(`problem: ${problem}\n`);
          io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found.\n`);
          setExitCode(1);
          return;
        }
        const p = reading.ok ? reading.portfolio : null;
        const files = p?.evidence.filter((e) => e.kind === 'file').length ?? 0;
        io.out(`The portfolio is in good order: ${p?.cpd.length ?? 0} CPD records checked against the format, ${files} evidence files against their hashes.\n`);
      }),
    );
};
