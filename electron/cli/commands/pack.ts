import { InvalidArgumentError } from 'commander';
import { formatBytes } from '../../../core/pack/pack-labels';
import { DEFAULT_PAGE_BUDGET } from '../../../core/pack/page-budget';
import { UserError } from '../user-error';
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
    .option('--page-budget <n>', `warn when one item or the whole pack passes this many pages (default ${DEFAULT_PAGE_BUDGET})`, inRange('--page-budget', 10, 100_000))
    .option('--paper <size>', 'a4 (default) or letter', paperChoice)
    .option('--final', 'refuse (exit 1, listing the findings) while anything must be fixed, instead of making a draft')
    .option('--json', 'print the findings, what each criterion cites (evidence numbers and pages) and how each evidence item was printed, as JSON')
    .action((options: PackCliOptions) =>
      withBackend(async ({ api }) => {
        const out = await checkOutPath(options.out);
        const packOptions = {
          frameworkId: options.framework,
          ...(options.from !== undefined ? { from: parseCliDate(options.from, '--from') } : {}),
          ...(options.to !== undefined ? { to: parseCliDate(options.to, '--to') } : {}),
          ...(options.maxMb !== undefined ? { maxMb: options.maxMb } : {}),
          ...(options.imageDpi !== undefined ? { imageDpi: Math.round(options.imageDpi) } : {}),
          ...(options.pageBudget !== undefined ? { pageBudget: Math.round(options.pageBudget) } : {}),
          ...(options.paper !== undefined ? { paper: options.paper } : {}),
        };
        if (options.final) {
          const report = await api.preflightPack(packOptions);
          const mustFix = report.findings.filter((f) => f.severity === 'error');
          if (mustFix.length > 0) {
            if (options.json) io.out(`${JSON.stringify({ made: false, findings: report.findings }, null, 2)}\n`);
            else io.out(formatFindings(report.findings));
            throw new UserError(`--final: the pack was not made, because ${mustFix.length} finding${mustFix.length === 1 ? '' : 's'} must be fixed first (listed above). Fix them, or leave out --final for a draft marked as such on every page.`);
          }
        }
        const { jobId } = await api.startPack(packOptions);
        let job = await api.getPackJob(jobId);
        while (job.status === 'running') {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          job = await api.getPackJob(jobId);
        }
        if (!options.json) io.out(formatFindings(job.findings));
        if (job.status !== 'done' || !job.result) throw new UserError(job.error ?? 'The pack was not made.');
        await deliverExport(api, job.result.exportId, out);
        if (options.json) {
          const { pages, bytes, findings, citations, evidence } = job.result;
          io.out(`${JSON.stringify({ made: true, file: out, pages, bytes, findings, criteria: citations ?? [], evidence: evidence ?? [] }, null, 2)}\n`);
        } else io.out(`Wrote ${out}: ${job.result.pages} pages, ${formatBytes(job.result.bytes)}.\n`);
      }),
    );
};

interface PackCliOptions {
  framework: string;
  out: string;
  from?: string;
  to?: string;
  maxMb?: number;
  imageDpi?: number;
  pageBudget?: number;
  paper?: 'a4' | 'letter';
  final?: boolean;
  json?: boolean;
}

function paperChoice(value: string): 'a4' | 'letter' {
  const v = value.trim().toLowerCase();
  if (v === 'a4' || v === 'letter') return v;
  throw new InvalidArgumentError('--paper must be a4 or letter.');
}
