import { isCountedCpd } from '../../core/cpd/counted-records';
import type { CpdRecord } from '../../core/model/cpd-record';
import { formatUkDate } from '../../core/format/uk-date';
import { formatHours } from '../../core/pack/pack-labels';

/**
 * A plain-text table of CPD records, oldest first, for `techfolio list`. Drafts are listed so they
 * can be found and finished, marked as drafts, and left out of the total.
 */
export function formatCpdTable(records: readonly CpdRecord[]): string {
  if (records.length === 0) return 'No CPD records yet. Add one in the app, or import a spreadsheet.\n';
  const sorted = [...records].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const rows = sorted.map((r) => [formatUkDate(r.startDate), formatHours(r.hours), isCountedCpd(r) ? r.title : `${r.title} [draft]`]);
  const header = ['Date', 'Hours', 'Title'];
  const widths = [0, 1].map((i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]!.padStart(widths[1]!)}  ${cells[2]}`;
  const counted = sorted.filter(isCountedCpd);
  const total = counted.reduce((sum, r) => sum + r.hours, 0);
  const drafts = sorted.length - counted.length;
  const summary = `${counted.length} record${counted.length === 1 ? '' : 's'}, ${formatHours(total)} hours`;
  const draftNote = drafts === 0 ? '' : `; ${drafts} draft${drafts === 1 ? '' : 's'} not counted (finish ${drafts === 1 ? 'it' : 'them'} in the CPD log)`;
  return [line(header), ...rows.map(line), '', `${summary}${draftNote}`, ''].join('\n');
}
