import type { FrameworkCoverage } from '../../../core/coverage/schema';
import { loadedCriterionWording } from '../../../core/frameworks/criterion-wording';
import type { LoadedFramework } from '../../../core/frameworks/registry';
import { formatUkDate } from '../../../core/format/uk-date';
import type { CliCommand } from './cli-command';
import { parseCliDate } from './cli-dates';

/** The criteria of one framework with counts, latest dates, statement words and gaps, as plain text. */
export function formatCoverage(loaded: LoadedFramework, coverage: FrameworkCoverage): string {
  const { framework } = loaded;
  const out: string[] = [`${framework.shortName}: ${framework.name} (${framework.edition})`, `Coverage on ${formatUkDate(coverage.asOf)}; examples older than ${coverage.recentYears} years are marked old.`, ''];
  const rows = coverage.criteria.map((c) => {
    const words = c.statement.wordLimit !== undefined ? `${c.statement.words}/${c.statement.wordLimit}` : `${c.statement.words}`;
    const flags = [
      c.gap ? 'GAP: no evidence' : undefined,
      c.onlyOldExamples ? 'OLD: only older examples' : undefined,
      c.statement.written ? undefined : 'no statement',
      c.statement.overLimit ? 'OVER the word limit' : undefined,
      c.wordingStatus === 'pending' ? 'wording pending' : undefined,
      c.required === 'choice' ? 'choice' : c.required === 'optional' ? 'optional' : undefined,
    ].filter((f): f is string => f !== undefined);
    const w = loadedCriterionWording(loaded, c.code);
    // Pending criteria are named by their area; our paraphrase is labelled as ours.
    const heading = w.source === 'applicant' ? `${w.heading} (your form: ${w.wording ?? ''})` : w.summary ? `${w.heading} (our summary: ${w.summary})` : w.heading;
    return [c.code, `${c.itemCount}`, c.latestDate ? formatUkDate(c.latestDate) : '-', words, heading, flags.join('; ')];
  });
  const header = ['Code', 'Items', 'Latest', 'Words', 'Heading', 'Notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  widths[4] = Math.min(widths[4]!, 60);
  const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 5 ? c : i === 1 || i === 3 ? c.padStart(widths[i]!) : cut(c, widths[i]!).padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  out.push(line(header), ...rows.map(line), '');

  const s = coverage.summary;
  out.push(`Evidenced: ${s.evidencedCount} of ${s.criteriaCount} criteria. Statements written: ${s.statementCount} of ${s.criteriaCount}.`);
  out.push(`Gaps: ${s.gapCodes.length > 0 ? s.gapCodes.join(', ') : 'none'}.`);
  if (s.oldOnlyCodes.length > 0) out.push(`Only older examples: ${s.oldOnlyCodes.join(', ')}.`);
  if (s.overLimitCodes.length > 0) out.push(`Over the word limit: ${s.overLimitCodes.join(', ')}.`);
  for (const rule of s.rules) out.push(`${rule.met ? 'Met' : 'Not yet met'}: ${rule.description} (counting ${rule.chosen.join(', ')}).`);
  out.push(`Readiness: ${s.readiness}%`);
  if (coverage.unresolved.length > 0) {
    out.push('', 'Mappings to re-map (the code is no longer in this edition; they are kept until you change them):');
    for (const u of coverage.unresolved) out.push(`  ${u.code} ← ${u.title}${u.retiredHeading ? ` (${u.retiredHeading})` : ''}`);
  }
  if (framework.accuracyNote !== '') out.push('', `Accuracy: ${framework.accuracyNote}`);
  out.push('');
  return out.join('\n');
}

export const coverageCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('coverage')
    .description('show how your evidence and statements cover a framework\'s criteria')
    .requiredOption('--framework <id>', 'the framework id (see `techfolio frameworks`)')
    .option('--as-of <date>', 'judge how recent examples are against this date (default: today)')
    .option('--json', 'print what each criterion cites (items and evidence files) as JSON, for scripts')
    .action((options: { framework: string; asOf?: string; json?: boolean }) =>
      withBackend(async ({ api }) => {
        const asOf = options.asOf !== undefined ? parseCliDate(options.asOf, '--as-of') : undefined;
        const loaded = await api.getFramework(options.framework);
        const coverage = await api.getCoverage(options.framework, asOf !== undefined ? { asOf } : undefined);
        if (options.json) {
          const { coverageCitations } = await import('../../../core/pack/pack-citations');
          const titles = new Map((await api.listEvidence()).map((e) => [e.id, e.title]));
          io.out(`${JSON.stringify({ frameworkId: coverage.frameworkId, asOf: coverage.asOf, readiness: coverage.summary.readiness, criteria: coverageCitations(coverage, titles) }, null, 2)}\n`);
          return;
        }
        io.out(formatCoverage(loaded, coverage));
      }),
    );
};
