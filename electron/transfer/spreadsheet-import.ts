import { ApiError } from '../../core/api/errors';
import type { ImportPreview, ImportResult } from '../../core/api/methods/transfer';
import type { ColumnMapping } from '../../core/import/columns';
import { type ImportPlan, planImport } from '../../core/import/import-plan';
import { CpdRecord } from '../../core/model/cpd-record';
import type { PortfolioStore } from '../services/portfolio-store';
import { readSpreadsheet } from './spreadsheet-file';

const refused = (message: string) => new ApiError({ code: 'refused', message });

/** Reads a CPD log and plans its import; anything that stops the whole file is refused with a reason. */
export async function planSpreadsheetImport(fileName: string, bytes: Uint8Array, mapping: ColumnMapping = {}): Promise<ImportPlan> {
  const read = await readSpreadsheet(fileName, bytes);
  if (!read.ok) throw refused(read.message);
  const outcome = planImport(read.table, mapping);
  if (!outcome.ok) throw refused(`"${fileName}": ${outcome.message}`);
  return outcome.plan;
}

export function toPreview(plan: ImportPlan): ImportPreview {
  return {
    columns: plan.columns,
    guessedMapping: plan.guessedMapping,
    mapping: plan.mapping,
    previewRows: plan.previewRows.map(({ row, cells, result }) => ({
      row,
      cells,
      record: result.ok ? result.record : null,
      reason: result.ok ? null : result.reason,
    })),
    validCount: plan.valid.length,
    rejected: plan.rejected,
  };
}

const rowsWord = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/**
 * Adds every valid row in one write, or nothing: with 'all-or-nothing' a single rejected row stops
 * the import; with 'valid-only' the rejected rows are left out and reported.
 */
export function commitPlan(plan: ImportPlan, mode: 'valid-only' | 'all-or-nothing', portfolio: PortfolioStore): ImportResult {
  if (mode === 'all-or-nothing' && plan.rejected.length > 0) {
    const first = plan.rejected[0]!;
    throw refused(
      `Nothing was imported: ${rowsWord(plan.rejected.length)} cannot be read (first, row ${first.row}: ${first.reason}). Correct the spreadsheet, or import only the valid rows.`,
    );
  }
  if (plan.valid.length === 0) throw refused('Nothing was imported: no row in the file can be read as a CPD record.');
  const imported = portfolio.update((current) => {
    const records = plan.valid.map(({ record }) => CpdRecord.parse({ ...record, ...portfolio.stamp() }));
    return { next: { ...current, cpd: [...current.cpd, ...records] }, result: records };
  });
  return { imported, rejected: plan.rejected };
}
