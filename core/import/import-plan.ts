import type { Cell, ImportTable } from './cells';
import { cellText } from './cells';
import { type ColumnMapping, checkMapping, guessMapping, type ImportField, uniqueHeaders } from './columns';
import { type ImportedCpd, normaliseRow, type RowResult } from './rows';

/** More rows than any personal CPD log holds; beyond it the file is most likely not one. */
export const MAX_IMPORT_ROWS = 20_000;
export const PREVIEW_ROWS = 10;

export interface ImportPlan {
  columns: string[];
  guessedMapping: ColumnMapping;
  /** The mapping used: the user's choices over the guess. */
  mapping: ColumnMapping;
  /** The first rows as read and as they would be imported. */
  previewRows: { row: number; cells: string[]; result: RowResult }[];
  valid: { row: number; record: ImportedCpd }[];
  rejected: { row: number; reason: string }[];
}

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; message: string };

const isBlankRow = (row: readonly Cell[]) => row.every((cell) => cellText(cell) === '');

/**
 * Everything an import would do, without doing it: the mapping, a preview, every valid row and
 * every rejected one with its spreadsheet row number and reason. Blank rows are skipped silently.
 */
export function planImport(table: ImportTable, chosen: ColumnMapping = {}): PlanOutcome {
  const columns = uniqueHeaders(table.headers);
  if (columns.length === 0 || table.headers.every((h) => h.trim() === '')) {
    return { ok: false, message: 'The file has no header row. Put column names such as Date, Activity and Hours in the first row.' };
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, message: `The file has ${table.rows.length} rows; the importer takes at most ${MAX_IMPORT_ROWS}. Split it into smaller files.` };
  }
  const guessedMapping = guessMapping(columns);
  const mapping: ColumnMapping = { ...guessedMapping, ...chosen };
  const check = checkMapping(mapping, columns);
  if (!check.ok) return { ok: false, message: check.message };

  const columnIndex: Partial<Record<ImportField, number>> = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][]) columnIndex[field] = columns.indexOf(header);

  const results: { cells: Cell[]; result: RowResult }[] = [];
  table.rows.forEach((cells, i) => {
    if (!isBlankRow(cells)) results.push({ cells, result: normaliseRow(cells, columnIndex, i + 2) });
  });
  if (results.length === 0) return { ok: false, message: 'The file has a header row but no records below it.' };

  return {
    ok: true,
    plan: {
      columns,
      guessedMapping,
      mapping,
      previewRows: results.slice(0, PREVIEW_ROWS).map(({ cells, result }) => ({
        row: result.row,
        cells: columns.map((_, c) => cellText(cells[c] ?? null)),
        result,
      })),
      valid: results.flatMap(({ result }) => (result.ok ? [{ row: result.row, record: result.record }] : [])),
      rejected: results.flatMap(({ result }) => (result.ok ? [] : [{ row: result.row, reason: result.reason }])),
    },
  };
}
