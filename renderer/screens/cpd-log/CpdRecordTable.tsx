import { memo, useMemo } from 'react';
import { Button, Link } from 'react-aria-components';
import type { CpdRecord } from '../../../core/model/cpd-record';
import { categoryLabel } from '../../../core/format/labels';
import { recordDates } from '../../format/cpd-labels';
import { TABLE_COLUMNS, nextSort, sortForTable, type TableSort } from './cpd-table-sort';
import { ActionsHeading } from '../../components/TableHead';

export interface CpdRecordTableProps {
  records: CpdRecord[];
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  onDuplicate: (record: CpdRecord) => void;
}

/**
 * The log as a compact table: one line a record, sortable by any column, each row selectable for
 * the bulk actions. Every matching row is in the page (a table is read by rows and columns, and a
 * row a screen reader cannot reach cannot be selected); a line is cheap beside a card.
 */
export const CpdRecordTable = memo(function CpdRecordTable({ records, sort, onSort, selected, onSelect, onDuplicate }: CpdRecordTableProps) {
  const rows = useMemo(() => sortForTable(records, sort), [records, sort]);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <div className="card table-card no-print">
      <table className="table cpd-table" aria-label="CPD records">
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <input
                type="checkbox"
                aria-label={`Select all ${rows.length} records shown`}
                checked={allSelected}
                onChange={(e) => onSelect(
                  rows.map((r) => r.id),
                  e.currentTarget.checked,
                )}
              />
            </th>
            {TABLE_COLUMNS.map((column) => (
              <th key={column.id} scope="col" className={column.numeric ? 'num' : undefined} aria-sort={sort.column === column.id ? sort.direction : undefined}>
                <Button className="sort-button" onPress={() => onSort(nextSort(sort, column.id))}>
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.column === column.id ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </Button>
              </th>
            ))}
            <ActionsHeading />
          </tr>
        </thead>
        <tbody>
          {rows.map((record) => (
            <tr key={record.id} aria-selected={selected.has(record.id)}>
              <td className="select-cell">
                <input type="checkbox" aria-label={`Select “${record.title}”`} checked={selected.has(record.id)} onChange={(e) => onSelect([record.id], e.currentTarget.checked)} />
              </td>
              <td>{recordDates(record)}</td>
              <th scope="row">
                <Link href={`/cpd/${record.id}`}>{record.title}</Link>
              </th>
              <td>{record.category ? categoryLabel(record.category) : <span className="muted">None</span>}</td>
              <td className="num">{record.hours}</td>
              <td>{record.status === 'draft' ? <span className="badge warn">Draft</span> : 'Complete'}</td>
              <td className="num">{record.mappings.length}</td>
              <td>
                <Button className="button quiet" aria-label={`Duplicate “${record.title}”`} onPress={() => onDuplicate(record)}>
                  Duplicate
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
