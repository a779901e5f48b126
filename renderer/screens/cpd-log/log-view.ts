import { useCallback, useState } from 'react';
import type { TableSort } from './cpd-table-sort';

export type LogView = 'cards' | 'table';

const VIEW_KEY = 'techfolio.cpd-log.view';
const SORT_KEY = 'techfolio.cpd-log.table-sort';
const DEFAULT_SORT: TableSort = { column: 'date', direction: 'descending' };

function read<T>(key: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A convenience: the log still works in the default view.
  }
}

const isView = (v: unknown): v is LogView => v === 'cards' || v === 'table';
const isSort = (v: unknown): v is TableSort => typeof v === 'object' && v !== null && 'column' in v && 'direction' in v;

/** Cards or the compact table, and the table's sort: remembered on this computer across sessions. */
export function useLogView() {
  const [view, setViewState] = useState<LogView>(() => read(VIEW_KEY, 'cards', isView));
  const [sort, setSortState] = useState<TableSort>(() => read(SORT_KEY, DEFAULT_SORT, isSort));
  const setView = useCallback((next: LogView) => (setViewState(next), write(VIEW_KEY, next)), []);
  const setSort = useCallback((next: TableSort) => (setSortState(next), write(SORT_KEY, next)), []);
  return { view, setView, sort, setSort };
}
