import type { CpdRecord } from '../../../core/model/cpd-record';
import { categoryLabel } from '../../../core/format/labels';

export type TableColumn = 'date' | 'title' | 'category' | 'hours' | 'status' | 'criteria';
export type TableSort = { column: TableColumn; direction: 'ascending' | 'descending' };

export const TABLE_COLUMNS: { id: TableColumn; label: string; numeric?: boolean }[] = [
  { id: 'date', label: 'Date' },
  { id: 'title', label: 'Title' },
  { id: 'category', label: 'Category' },
  { id: 'hours', label: 'Hours', numeric: true },
  { id: 'status', label: 'Status' },
  { id: 'criteria', label: 'Criteria', numeric: true },
];

const text = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const compareBy: Record<TableColumn, (a: CpdRecord, b: CpdRecord) => number> = {
  date: (a, b) => a.startDate.localeCompare(b.startDate),
  title: (a, b) => text.compare(a.title, b.title),
  // Uncategorised sorts last going up, as an empty cell reads.
  category: (a, b) => text.compare(a.category ? categoryLabel(a.category) : '\uffff', b.category ? categoryLabel(b.category) : '\uffff'),
  hours: (a, b) => a.hours - b.hours,
  status: (a, b) => a.status.localeCompare(b.status),
  criteria: (a, b) => a.mappings.length - b.mappings.length,
};

/** The records in the table's order; ties keep the filter's order (newest first), so the sort is stable. */
export function sortForTable(records: readonly CpdRecord[], sort: TableSort): CpdRecord[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => sign * compareBy[sort.column](a.record, b.record) || a.index - b.index)
    .map(({ record }) => record);
}

/** Pressing a column's header: the same column flips, another starts in its natural direction. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'date' || column === 'hours' || column === 'criteria' ? 'descending' : 'ascending' };
}
