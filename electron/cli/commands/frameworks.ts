import type { FrameworkSummary } from '../../../core/frameworks/registry';
import type { CliCommand } from './cli-command';

const kindLabel: Record<FrameworkSummary['kind'], string> = { registration: 'registration', career: 'career', 'career-pathway': 'career pathway', 'cpd-standard': 'CPD standard' };

/** One line a framework: the id to use with `coverage`, what it is, and how much wording awaits a check. */
export function formatFrameworkList(frameworks: readonly FrameworkSummary[]): string {
  if (frameworks.length === 0) return 'No frameworks are available.\n';
  const rows = frameworks.map((f) => [
    f.id,
    f.shortName,
    kindLabel[f.kind],
    `${f.criteriaCount}`,
    f.pendingCount > 0 ? `${f.pendingCount} pending` : 'confirmed',
    `${f.name}, ${f.edition}${f.origin === 'imported' ? ' (imported)' : ''}`,
  ]);
  const header = ['Id', 'Short name', 'Kind', 'Criteria', 'Wording', 'Name and edition'];
  const widths = header.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  return [line(header), ...rows.map(line), '', '"pending" counts criteria whose wording is not yet confirmed from the official document.', ''].join('\n');
}

export const frameworksCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('frameworks')
    .description('list the registration frameworks and CPD standards, with their ids')
    .action(() =>
      withBackend(async ({ api }) => {
        io.out(formatFrameworkList(await api.listFrameworks()));
      }),
    );
};
