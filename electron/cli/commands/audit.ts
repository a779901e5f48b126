import type { CpdAudit } from '../../../core/cpd-rules/schema';
import { CPD_BODY_IDS } from '../../../core/cpd-rules/body-ids';
import type { CpdBodyId } from '../../../core/cpd-rules/schema';
import { formatUkDate } from '../../../core/format/uk-date';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';
import { parseCliDate } from './cli-dates';

const mark = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;

/** Each rule's result, what is missing, and how many records count. */
export function formatAudit(audit: CpdAudit): string {
  const out = [`${audit.name}: ${formatUkDate(audit.period.from)} to ${formatUkDate(audit.period.to)}`, ''];
  for (const r of audit.results) {
    out.push(`[${mark[r.status]}] ${r.title}`, `       ${r.summary}`);
    for (const m of r.missing) out.push(`       - ${m}`);
    if (r.countingRecordIds.length > 0) out.push(`       ${r.countingRecordIds.length} record${r.countingRecordIds.length === 1 ? ' counts' : 's count'}.`);
  }
  const failed = audit.results.filter((r) => r.status === 'fail').length;
  out.push('', audit.status === 'fail' ? `${failed} of ${audit.results.length} checks failed.` : audit.status === 'warn' ? 'Every check passed, with a warning.' : 'Every check passed.', '');
  return out.join('\n');
}

export const auditCommand: CliCommand = (program, { io, withBackend, setExitCode }) => {
  program
    .command('audit')
    .description('check your CPD against a body\'s requirement; exits 1 if a check fails')
    .requiredOption('--body <id>', `the body: ${CPD_BODY_IDS.join(', ')}`)
    .option('--from <date>', 'start of the period (default: a year before --to)')
    .option('--to <date>', 'end of the period (default: today)')
    .action((options: { body: string; from?: string; to?: string }) =>
      withBackend(async ({ api }) => {
        if (!isBodyId(options.body)) throw new UserError(`There are no CPD rules for "${options.body}". Choose one of: ${CPD_BODY_IDS.join(', ')}.`);
        const from = options.from !== undefined ? parseCliDate(options.from, '--from') : undefined;
        const to = options.to !== undefined ? parseCliDate(options.to, '--to') : undefined;
        if (from !== undefined && to !== undefined && from > to) throw new UserError('--from is after --to: choose a period that starts before it ends.');
        const audit = await api.evaluateCpdRules(options.body, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
        io.out(formatAudit(audit));
        if (audit.status === 'fail') setExitCode(1);
      }),
    );
};

const isBodyId = (value: string): value is CpdBodyId => (CPD_BODY_IDS as readonly string[]).includes(value);
