import { InvalidArgumentError } from 'commander';
import { formatBytes } from '../../../core/pack/pack-labels';
import { UserError } from '../program';
import type { CliCommand } from './cli-command';
import { parseCliDate } from './cli-dates';
import { checkOutPath, deliverExport, formatFindings } from './pack-output';

const inRange = (name: string, min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a number from ${min} to ${max}.`);
  return n;
};

/** How often the command looks at the job while the worker makes the pack. */
const POLL_MS = 200;

export const packCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('pack')
    .description('make the application pack PDF for a framework')
    .requiredOption('--framework <id>', 'the framework id (see `techfolio frameworks`)')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--from <date>', 'start of the CPD period (default: three years before --to)')
    .option('--to <date>', 'end of the CPD period (default: today)')
    .option('--max-mb <n>', 'size budget in MB (default 20)', inRange('--max-mb', 0.1, 2000))
    .option('--image-dpi <n>', 'print images at this resolution to save space (default 200)', inRange('--image-dpi', 50, 200))
    .action((options: { framework: string; out: string; from?: string; to?: string; maxMb?: number; imageDpi?: number }) =>
      withBackend(async ({ api }) => {
        const out = await checkOutPath(options.out);
        const { jobId } = await api.startPack({
          frameworkId: options.framework,
          ...(options.from !== undefined ? { from: parseCliDate(options.from, '--from') } : {}),
          ...(options.to !== undefined ? { to: parseCliDate(options.to, '--to') } : {}),
          ...(options.maxMb !== undefined ? { maxMb: options.maxMb } : {}),
          ...(options.imageDpi !== undefined ? { imageDpi: Math.round(options.imageDpi) } : {}),
        });
        let job = await api.getPackJob(jobId);
        while (job.status === 'running') {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          job = await api.getPackJob(jobId);
        }
        io.out(formatFindings(job.findings));
        if (job.status !== 'done' || !job.result) throw new UserError(job.error ?? 'The pack was not made.');
        await deliverExport(api, job.result.exportId, out);
        io.out(`Wrote ${out}: ${job.result.pages} pages, ${formatBytes(job.result.bytes)}.\n`);
      }),
    );
};
