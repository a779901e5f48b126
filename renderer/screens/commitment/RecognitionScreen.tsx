import { useMemo, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { ACTIVITY_KIND_LABELS } from '../../../core/commitment/activity-labels';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../../../core/model/commitment';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataState } from '../../components/DataState';
import { EditDeleteActions } from '../../components/EditDeleteActions';
import { FilterSelect } from '../../components/FilterSelect';
import { FormDialog } from '../../components/FormDialog';
import { PageHeader } from '../../components/PageHeader';
import { useConfirmedDelete } from '../../components/useConfirmedDelete';
import { ActivityForm } from './ActivityForm';
import { activityDetail, activityWhen } from '../../format/activity-summary';
import { showRecognitionKind, storedKind } from '../../components/recognition-filter';
import '../../styles/commitment.css';
import { TableHead } from '../../components/TableHead';

type Editing = { kind: ActivityKind; activity?: Activity } | null;

const KIND_OPTIONS = ACTIVITY_KINDS.map((kind) => ({ id: kind, label: ACTIVITY_KIND_LABELS[kind].many }));
function AddMenu({ onChoose, label = 'Add a record' }: { onChoose: (kind: ActivityKind) => void; label?: string }) {
  return (
    <MenuTrigger>
      <Button className="button primary">
        {label} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <Menu className="listbox" onAction={(key) => onChoose(key as ActivityKind)}>
          {ACTIVITY_KINDS.map((kind) => (
            <MenuItem key={kind} id={kind} className="listbox-item">
              {ACTIVITY_KIND_LABELS[kind].one}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/**
 * Research credits, outreach, recognition, roles, secondments and people developed: the things
 * the Technician Commitment asks to be made visible, each with its own form.
 */
export function RecognitionScreen() {
  const api = useApi();
  const query = useApiQuery('listActivities', []);
  const [kind, setKind] = useState<ActivityKind | ''>(storedKind);
  const [editing, setEditing] = useState<Editing>(null);
  const deletion = useConfirmedDelete<Activity>({ remove: (a) => api.deleteActivity(a.id), name: (a) => a.title });
  const all = useMemo(() => query.data ?? [], [query.data]);
  const groups = useMemo(
    () => ACTIVITY_KINDS.filter((k) => kind === '' || k === kind).map((k) => ({ kind: k, records: all.filter((a) => a.kind === k) })).filter((g) => g.records.length > 0 || kind !== ''),
    [all, kind],
  );

  const chooseKind = (next: string) => {
    const value = next as ActivityKind | '';
    setKind(value);
    showRecognitionKind(value);
  };

  return (
    <div className="screen">
      <PageHeader
        title="Recognition & impact"
        description="Credit on research outputs, outreach, awards, roles, secondments and the people you develop: the things the Technician Commitment asks to be made visible. Each counts as evidence and appears in your packs."
        actions={<AddMenu onChoose={(k) => setEditing({ kind: k })} />}
      />
      <DataState
        query={query}
        what="your recognition and impact records"
        isEmpty={all.length === 0}
        empty={
          <>
            <h2>Nothing recorded yet</h2>
            <p>Add a paper or dataset you are credited on, a school visit, an award, a committee you sit on, a secondment, or someone you mentored.</p>
            <AddMenu onChoose={(k) => setEditing({ kind: k })} label="Add your first record" />
          </>
        }
      >
        <div className="filters card">
          <FilterSelect label="Show" value={kind} onChange={chooseKind} options={KIND_OPTIONS} anyLabel="All kinds" />
        </div>
        {groups.map((group) => (
          <section key={group.kind} className="card table-card" aria-labelledby={`kind-${group.kind}`}>
            <div className="spread">
              <h2 id={`kind-${group.kind}`}>{ACTIVITY_KIND_LABELS[group.kind].many}</h2>
              <Button className="button small" onPress={() => setEditing({ kind: group.kind })}>
                Add {ACTIVITY_KIND_LABELS[group.kind].one.toLowerCase()}
              </Button>
            </div>
            {group.records.length === 0 ? (
              <p className="muted">None recorded yet.</p>
            ) : (
              <table className="table">
                <TableHead columns={['When', 'Record', 'Evidence', { label: 'Actions', hidden: true }]} />
                <tbody>
                  {group.records.map((a) => (
                    <tr key={a.id}>
                      <td className="nowrap">{activityWhen(a)}</td>
                      <th scope="row">
                        {a.title}
                        <span className="muted small cell-note">{activityDetail(a)}</span>
                      </th>
                      <td>{a.evidenceIds.length === 0 ? <span className="muted">None</span> : `${a.evidenceIds.length} item${a.evidenceIds.length === 1 ? '' : 's'}`}</td>
                      <td>
                        <EditDeleteActions name={a.title} onEdit={() => setEditing({ kind: a.kind, activity: a })} onDelete={() => deletion.ask(a)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </DataState>
      <FormDialog
        isOpen={editing !== null}
        title={editing ? `${editing.activity ? 'Edit' : 'Add'} ${ACTIVITY_KIND_LABELS[editing.kind].one.toLowerCase()}` : ''}
        onClose={() => setEditing(null)}
      >
        {editing && <ActivityForm kind={editing.kind} {...(editing.activity ? { activity: editing.activity } : {})} onDone={() => setEditing(null)} />}
      </FormDialog>
      <ConfirmDialog isOpen={deletion.deleting !== null} title="Delete this record?" confirmLabel="Delete record" onConfirm={deletion.confirm} onCancel={deletion.cancel}>
        <p>“{deletion.deleting?.title}” will be removed from your portfolio. Its evidence stays in your evidence library.</p>
      </ConfirmDialog>
    </div>
  );
}
