import type { CpdRecord } from '../../core/model/cpd-record';
import { formatUkDate } from '../../core/format/uk-date';

/** A plain-text table of CPD records, oldest first, for `techfolio list`. */
export function formatCpdTable(records: readonly CpdRecord[]): string {
  if (records.length === 0) return 'No CPD records yet. Add one in the app, or import a spreadsheet.\n';
  const sorted = [...records].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const rows = sorted.map((r) => [formatUkDate(r.startDate), String(r.hours), r.title]);
  const header = ['Date', 'Hours', 'Title'];
  const widths = [0, 1].map((i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]!.padStart(widths[1]!)}  ${cells[2]}`;
  const total = sorted.reduce((sum, r) => sum + r.hours, 0);
  return [line(header), ...rows.map(line), '', `${records.length} record${records.length === 1 ? '' : 's'}, ${total} hours`, ''].join('\n');
}
