import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { buildTrainingCalendar } from '../../../core/calendar/training-ics';
import { formatUkDate } from '../../../core/format/uk-date';
import type { TrainingRecord } from '../../../core/model/training';
import { expiryLabel, expiryStatus, type ExpiryStatus } from '../../../core/training/expiry';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataState } from '../../components/DataState';
import { EditDeleteActions } from '../../components/EditDeleteActions';
import { FormDialog } from '../../components/FormDialog';
import { PageHeader } from '../../components/PageHeader';
import { downloadFile } from '../../components/download-file';
import { notify } from '../../components/notices';
import { useConfirmedDelete } from '../../components/useConfirmedDelete';
import { localToday } from '../../../core/format/today';
import { TrainingForm } from './TrainingForm';
import { TableHead } from '../../components/TableHead';

const BADGE: Record<ExpiryStatus['kind'], string> = { expired: 'badge bad', expiring: 'badge warn', valid: 'badge ok', none: 'badge neutral' };
const ORDER: Record<ExpiryStatus['kind'], number> = { expired: 0, expiring: 1, valid: 2, none: 3 };

type Editing = { mode: 'add' } | { mode: 'edit'; training: TrainingRecord } | null;

/** Mandatory and role training with its renewal dates, soonest to lapse first. */
export function TrainingScreen() {
  const api = useApi();
  const query = useApiQuery('listTraining', []);
  const [editing, setEditing] = useState<Editing>(null);
  const deletion = useConfirmedDelete<TrainingRecord>({ remove: (t) => api.deleteTraining(t.id), name: (t) => t.course });
  const today = localToday(new Date());
  const rows = useMemo(
    () =>
      (query.data ?? [])
        .map((t) => ({ t, status: expiryStatus(t, today) }))
        .sort((a, b) => ORDER[a.status.kind] - ORDER[b.status.kind] || ('date' in a.status && 'date' in b.status ? a.status.date.localeCompare(b.status.date) : 0) || a.t.course.localeCompare(b.t.course, 'en-GB')),
    [query.data, today],
  );

  const exportCalendar = () => {
    try {
      const ics = buildTrainingCalendar(query.data ?? []);
      if (!ics) {
        notify('None of your training has an expiry date, so there is nothing to put in a calendar.', 'info');
        return;
      }
      downloadFile(`training-renewals-${today}.ics`, ics, 'text/calendar;charset=utf-8');
      notify('Saved the renewal dates as a calendar file. Open it with your calendar app to add them.');
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    }
  };

  return (
    <div className="screen">
      <PageHeader
        title="Training"
        description="Mandatory and role training, and when each needs renewing."
        actions={
          <>
            <Button className="button primary" onPress={() => setEditing({ mode: 'add' })}>
              Add training
            </Button>
            {(query.data ?? []).length > 0 && (
              <Button className="button" onPress={exportCalendar}>
                Export renewal dates (.ics)
              </Button>
            )}
          </>
        }
      />
      <DataState
        query={query}
        what="your training"
        isEmpty={rows.length === 0}
        empty={
          <>
            <h2>No training recorded yet</h2>
            <p>Add radiation, biosafety, laser, first aid or equipment training to be reminded before it lapses.</p>
            <Button className="button primary" onPress={() => setEditing({ mode: 'add' })}>
              Add your first training
            </Button>
          </>
        }
      >
        <div className="card table-card">
          <table className="table">
            <caption>
              {rows.length} {rows.length === 1 ? 'course' : 'courses'}, soonest to lapse first
            </caption>
            <TableHead columns={['Course', 'Provider', 'Completed', 'Status', { label: 'Actions', hidden: true, className: 'no-print' }]} />
            <tbody>
              {rows.map(({ t, status }) => (
                <tr key={t.id}>
                  <th scope="row">
                    {t.course}
                    {t.kind && <span className="muted small cell-note">{t.kind}</span>}
                  </th>
                  <td>{t.provider || <span className="muted">Not given</span>}</td>
                  <td>{formatUkDate(t.completedDate)}</td>
                  <td>
                    <span className={BADGE[status.kind]}>{expiryLabel(status)}</span>
                  </td>
                  <td className="no-print">
                    <EditDeleteActions name={t.course} onEdit={() => setEditing({ mode: 'edit', training: t })} onDelete={() => deletion.ask(t)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </DataState>
      <FormDialog isOpen={editing !== null} title={editing?.mode === 'edit' ? 'Edit training' : 'Add training'} onClose={() => setEditing(null)}>
        {editing && <TrainingForm training={editing.mode === 'edit' ? editing.training : undefined} onDone={() => setEditing(null)} />}
      </FormDialog>
      <ConfirmDialog isOpen={deletion.deleting !== null} title="Delete this training?" confirmLabel="Delete training" onConfirm={deletion.confirm} onCancel={deletion.cancel}>
        <p>“{deletion.deleting?.course}” will be removed from your register. Any certificate stays in your evidence library.</p>
      </ConfirmDialog>
    </div>
  );
}
