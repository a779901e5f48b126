import type { CpdRecord } from '../../../core/model/cpd-record';
import { CpdRecordList } from './CpdRecordList';

/** How many records the log shows before the whole log has loaded: more than a tall window holds. */
export const FIRST_ROWS = 40;

/**
 * The log's first rows while the rest of a long log loads: the newest records, in the order the
 * whole log will show them, and a note that says the rest are coming. Searching, filtering and
 * selecting wait for the whole log, so nothing here acts on part of it.
 */
export function NewestFirst({ records, total, onRowsShown, onDuplicate }: { records: CpdRecord[]; total: number; onRowsShown: () => void; onDuplicate: (record: CpdRecord) => void }) {
  return (
    <>
      <p className="muted" role="status">
        The newest {records.length} of {total} records; loading the rest to search and filter…
      </p>
      <CpdRecordList records={records} onRowsShown={onRowsShown} onDuplicate={onDuplicate} />
    </>
  );
}
