import type { Cell, ImportTable } from './cells';
import { cellText } from './cells';
import { type ColumnMapping, checkMapping, guessMapping, type ImportField, type ImportKind, resolveMapping, uniqueHeaders } from './columns';
import { cpdKey, type DuplicateAction, indexBy, trainingKey } from './duplicates';
import { headerSignature, type ImportProfile } from './import-profile';
import type { ReportRow } from './import-report';
import { type ImportedCpd, normaliseRow } from './rows';
import { type ImportedTraining, normaliseTrainingRow } from './training-rows';
import { planValues, type ValueChoice, type ValueField, valueFieldOf, type ValueMapping } from './values';

/** More rows than any personal CPD log holds; beyond it the file is most likely not one. */
export const MAX_IMPORT_ROWS = 20_000;
export const PREVIEW_ROWS = 10;

/** What the user chose; anything left out is guessed, or taken from the last import of the same file. */
export interface ImportChoices {
  kind?: ImportKind;
  mapping?: ColumnMapping;
  values?: ValueMapping;
  duplicates?: DuplicateAction;
}

/** What is already in the portfolio that an import must know about. */
export interface ImportContext {
  cpd: readonly { id: string; startDate: string; title: string; hours: number }[];
  training: readonly { id: string; completedDate: string; course: string }[];
  profiles: readonly ImportProfile[];
}

const EMPTY_CONTEXT: ImportContext = { cpd: [], training: [], profiles: [] };

/** A row as the preview shows it, whatever the kind: CPD's date, title and hours; training's completion and course. */
export interface PreviewRecord {
  date: string;
  title: string;
  hours: number | null;
  /** A category id, or a training kind. */
  category: string | null;
}

export interface Planned<R> {
  row: number;
  record: R;
  /** The id of the record this row matches, when it is already in the portfolio. */
  duplicateOf?: string;
}

export interface ImportPlan {
  kind: ImportKind;
  signature: string;
  /** Whether choices remembered from an earlier import of a file with this header row were used. */
  profileUsed: boolean;
  columns: string[];
  guessedMapping: ColumnMapping;
  /** The mapping used, every field of the kind named: a column, or null for "not imported". */
  mapping: ColumnMapping;
  valueField: ValueField;
  /** Each distinct value of the category (or kind) column and what it becomes. */
  values: ValueChoice[];
  duplicates: DuplicateAction;
  /** The first rows as read and as they would be imported. */
  previewRows: { row: number; cells: string[]; record: PreviewRecord | null; reason: string | null; duplicate: boolean }[];
  cpd: Planned<ImportedCpd>[];
  training: Planned<ImportedTraining>[];
  rejected: { row: number; reason: string }[];
  /** Every row not imported, and every row imported without the category it had, with why. */
  report: ReportRow[];
}

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; message: string };

const isBlankRow = (row: readonly Cell[]) => row.every((cell) => cellText(cell) === '');

type Read =
  | { ok: true; row: number; preview: PreviewRecord; key: string; cpd?: ImportedCpd; training?: ImportedTraining; unplaced?: string }
  | { ok: false; row: number; reason: string };

/**
 * Everything an import would do, without doing it: the mapping, each category value and what it
 * becomes, a preview, every row to add or that matches a record already there, and every row left
 * out with its spreadsheet row number and reason. Blank rows are skipped silently; no other row
 * is ever left out without a line in the report.
 */
export function planImport(table: ImportTable, choices: ImportChoices = {}, context: ImportContext = EMPTY_CONTEXT): PlanOutcome {
  const kind = choices.kind ?? 'cpd';
  const columns = uniqueHeaders(table.headers);
  if (columns.length === 0 || table.headers.every((h) => h.trim() === '')) {
    return { ok: false, message: 'The file has no header row. Put column names such as Date, Activity and Hours in the first row.' };
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, message: `The file has ${table.rows.length} rows; the importer takes at most ${MAX_IMPORT_ROWS}. Split it into smaller files.` };
  }
  const signature = headerSignature(columns);
  const profile = context.profiles.find((p) => p.signature === signature && p.kind === kind);
  const guessedMapping = guessMapping(columns, kind);
  const mapping = resolveMapping(kind, guessedMapping, profile?.mapping, choices.mapping);
  const check = checkMapping(mapping, columns, kind);
  if (!check.ok) return { ok: false, message: check.message };

  const columnIndex: Partial<Record<ImportField, number>> = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string | null][]) if (header !== null) columnIndex[field] = columns.indexOf(header);

  const rows = table.rows.flatMap((cells, i) => (isBlankRow(cells) ? [] : [{ cells, row: i + 2 }]));
  if (rows.length === 0) return { ok: false, message: 'The file has a header row but no records below it.' };

  const valueField = valueFieldOf(kind);
  const valueIndex = columnIndex[valueField];
  const valueCells = valueIndex === undefined ? [] : rows.map(({ cells }) => cells[valueIndex] ?? null);
  const values = planValues(valueField, valueCells, profile?.values[valueField], choices.values?.[valueField]);
  if (!values.ok) return { ok: false, message: values.message };
  const target = (text: string) => {
    const choice = values.lookup(text);
    return choice === undefined || (choice.target === null && !choice.chosen) ? undefined : choice.target;
  };

  const read = ({ cells, row }: { cells: Cell[]; row: number }): Read => {
    const valueText = valueIndex === undefined ? '' : cellText(cells[valueIndex] ?? null);
    const unplaced = valueText !== '' && target(valueText) === undefined ? valueText : undefined;
    if (kind === 'cpd') {
      const result = normaliseRow(cells, columnIndex, row, target);
      if (!result.ok) return result;
      const r = result.record;
      return { ok: true, row, cpd: r, key: cpdKey(r), unplaced, preview: { date: r.startDate, title: r.title, hours: r.hours, category: r.category ?? null } };
    }
    const result = normaliseTrainingRow(cells, columnIndex, row, (text) => target(text) ?? null);
    if (!result.ok) return result;
    const r = result.record;
    return { ok: true, row, training: r, key: trainingKey(r), unplaced, preview: { date: r.completedDate, title: r.course, hours: null, category: r.kind || null } };
  };

  const existing = kind === 'cpd' ? indexBy(context.cpd, cpdKey) : indexBy(context.training, trainingKey);
  const duplicates = choices.duplicates ?? profile?.duplicates ?? 'skip';
  const cellsOf = (cells: readonly Cell[]) => columns.map((_, c) => cellText(cells[c] ?? null));
  const what = kind === 'cpd' ? 'CPD log (same date, title and hours)' : 'training (same course, completed the same day)';
  const field = valueField === 'category' ? 'Category' : 'Kind';

  const plan: ImportPlan = {
    kind, signature, profileUsed: profile !== undefined, columns, guessedMapping, mapping, valueField, values: values.choices, duplicates,
    previewRows: [], cpd: [], training: [], rejected: [], report: [],
  };
  for (const source of rows) {
    const result = read(source);
    const cells = cellsOf(source.cells);
    if (!result.ok) {
      plan.rejected.push({ row: result.row, reason: result.reason });
      plan.report.push({ row: result.row, outcome: 'rejected', reason: result.reason, cells });
    } else {
      const duplicateOf = existing.get(result.key);
      if (result.cpd) plan.cpd.push({ row: result.row, record: result.cpd, ...(duplicateOf ? { duplicateOf } : {}) });
      if (result.training) plan.training.push({ row: result.row, record: result.training, ...(duplicateOf ? { duplicateOf } : {}) });
      if (duplicateOf && duplicates === 'skip') {
        plan.report.push({ row: result.row, outcome: 'duplicate', reason: `Already in your ${what}: skipped.`, cells });
      } else if (result.unplaced !== undefined) {
        const placed = kind === 'cpd' ? 'imported without a category (the word is kept as a tag)' : 'imported without a kind (it is over 60 characters)';
        plan.report.push({ row: result.row, outcome: 'uncategorised', reason: `${field} "${result.unplaced}" could not be placed: ${placed}. Choose what it means to place it.`, cells });
      }
    }
    if (plan.previewRows.length < PREVIEW_ROWS) {
      plan.previewRows.push({
        row: source.row,
        cells,
        record: result.ok ? result.preview : null,
        reason: result.ok ? null : result.reason,
        duplicate: result.ok && existing.has(result.key),
      });
    }
  }
  return { ok: true, plan };
}

/** How many rows the plan adds, updates and skips as duplicates. */
export function planCounts(plan: ImportPlan): { valid: number; add: number; duplicates: number } {
  const planned: Planned<unknown>[] = plan.kind === 'cpd' ? plan.cpd : plan.training;
  const duplicates = planned.filter((p) => p.duplicateOf !== undefined).length;
  return { valid: planned.length, add: planned.length - duplicates, duplicates };
}
