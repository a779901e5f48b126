import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, Dialog, Heading, Menu, MenuItem, MenuTrigger, Modal, ModalOverlay, Popover } from 'react-aria-components';
import { ACTIVITY_KIND_LABELS } from '../../../core/commitment/activity-labels';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../../../core/model/commitment';
import { useApi } from '../../api/api-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { notify } from '../../components/notices';
import { FilterSelect } from '../../components/FilterSelect';
import { ActivityForm } from './ActivityForm';
import { activityDetail, activityWhen } from './activity-summary';
import { showRecognitionKind, storedKind } from './recognition-filter';
import '../../styles/commitment.css';

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
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['activities'], queryFn: () => api.listActivities() });
  const [kind, setKind] = useState<ActivityKind | ''>(storedKind);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
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

  const remove = async (activity: Activity) => {
    setDeleting(null);
    try {
      await api.deleteActivity(activity.id);
      await queryClient.invalidateQueries({ queryKey: ['activities'] });
      notify(`Deleted “${activity.title}”.`);
    } catch (error) {
      notify(`Not deleted: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
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
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Record</th>
                    <th scope="col">Evidence</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
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
                        <div className="row end">
                          <Button className="button small" onPress={() => setEditing({ kind: a.kind, activity: a })} aria-label={`Edit ${a.title}`}>
                            Edit
                          </Button>
                          <Button className="button small quiet" onPress={() => setDeleting(a)} aria-label={`Delete ${a.title}`}>
                            Delete
                          </Button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </DataState>
      <ModalOverlay className="modal-overlay" isOpen={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <Modal className="modal wide">
          <Dialog className="dialog">
            <Heading slot="title">{editing ? `${editing.activity ? 'Edit' : 'Add'} ${ACTIVITY_KIND_LABELS[editing.kind].one.toLowerCase()}` : ''}</Heading>
            {editing && <ActivityForm kind={editing.kind} {...(editing.activity ? { activity: editing.activity } : {})} onDone={() => setEditing(null)} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
      <ConfirmDialog isOpen={deleting !== null} title="Delete this record?" confirmLabel="Delete record" onConfirm={() => deleting && void remove(deleting)} onCancel={() => setDeleting(null)}>
        <p>“{deleting?.title}” will be removed from your portfolio. Its evidence stays in your evidence library.</p>
      </ConfirmDialog>
    </div>
  );
}
