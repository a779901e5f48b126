import { z } from 'zod';
import { toExcelCsv } from '../transfer/csv-format';

/**
 * A row the import left out or changed: rejected (it could not be read), duplicate (already in the
 * portfolio, skipped) or uncategorised (imported, but its category could not be placed).
 */
export const ReportRow = z.object({
  /** As the user sees it in their spreadsheet: the header is row 1. */
  row: z.number().int().min(2),
  outcome: z.enum(['rejected', 'duplicate', 'uncategorised']),
  reason: z.string(),
  /** The row as read, one string per column, so it can be corrected and imported again. */
  cells: z.array(z.string()),
});
export type ReportRow = z.infer<typeof ReportRow>;

const OUTCOME_LABELS: Record<ReportRow['outcome'], string> = {
  rejected: 'Not imported',
  duplicate: 'Not imported: already there',
  uncategorised: 'Imported without category',
};

/** The report as a spreadsheet: row number, outcome and reason, then the row's own cells under its own headers. */
export function importReportCsv(columns: readonly string[], report: readonly ReportRow[]): string {
  return toExcelCsv(
    ['Row', 'Outcome', 'Reason', ...columns],
    report.map((r) => [String(r.row), OUTCOME_LABELS[r.outcome], r.reason, ...columns.map((_, i) => r.cells[i] ?? '')]),
  );
}
