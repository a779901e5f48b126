import type { CpdRecord } from '../../../core/model/cpd-record';
import { categoryLabel } from '../../../core/format/labels';
import { recordDates } from '../../format/cpd-labels';
import { TableHead } from '../../components/TableHead';

/**
 * What printing the log puts on paper: every record the filters match, as a plain table, whatever
 * the screen shows (the card list keeps only the rows near the viewport in the page).
 */
export function CpdPrintTable({ records, summary }: { records: CpdRecord[]; summary: string }) {
  return (
    <table className="table print-table print-only">
      <caption>{summary}</caption>
      <TableHead columns={['Date', 'Title', 'Category', { label: 'Hours', className: 'num' }, 'Status', { label: 'Criteria', className: 'num' }]} />
      <tbody>
        {records.map((r) => (
          <tr key={r.id}>
            <td>{recordDates(r)}</td>
            <td>{r.title}</td>
            <td>{r.category ? categoryLabel(r.category) : ''}</td>
            <td className="num">{r.hours}</td>
            <td>{r.status === 'draft' ? 'Draft' : 'Complete'}</td>
            <td className="num">{r.mappings.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
