import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm, type Control, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { z } from 'zod';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataState } from '../../components/DataState';
import { DraftedForm } from '../../components/DraftedForm';
import { notify } from '../../components/notices';
import { useFormDraft } from '../../components/useFormDraft';
import { useApiQuery } from '../../api/queries';

/** One kind of record on the profile screen (jobs, qualifications, supporters, goals). */
export type RecordListConfig<T extends { id: string }, V extends FieldValues> = {
  kind: string;
  heading: string;
  /** "job", "qualification"…: used in buttons and messages. */
  noun: string;
  intro: string;
  schema: z.ZodType;
  /** The read that lists these records; writes refresh it by what they declare they change. */
  list: 'listEmployment' | 'listQualifications' | 'listSupporters' | 'listGoals';
  add: (values: V) => Promise<T>;
  update: (id: string, values: V) => Promise<T>;
  remove: (id: string) => Promise<unknown>;
  blank: () => V;
  toValues: (item: T) => V;
  fields: (control: Control<V>) => ReactNode;
  describe: (item: T) => { title: string; detail: string };
  sort?: (a: T, b: T) => number;
};

function ItemForm<T extends { id: string }, V extends FieldValues>({ config, item, onDone }: { config: RecordListConfig<T, V>; item?: T; onDone: () => void }) {
  const initial = item ? config.toValues(item) : config.blank();
  const form = useForm<V>({ resolver: zodResolver(config.schema as never) as unknown as Resolver<V>, defaultValues: initial as DefaultValues<V> });
  const draft = useFormDraft(form, config.kind, item?.id);

  return (
    <DraftedForm
      form={form}
      draft={draft}
      label={item ? `Edit ${config.noun}` : `Add ${config.noun}`}
      submitLabel={item ? 'Save' : `Add ${config.noun}`}
      initial={initial}
      onDone={onDone}
      save={async (values) => {
        await (item ? config.update(item.id, values) : config.add(values));
        return item ? `Saved the ${config.noun}.` : `Added the ${config.noun}.`;
      }}
    >
      {config.fields(form.control)}
    </DraftedForm>
  );
}

/** A simple list with add, edit (in a dialog) and delete (after asking). */
export function RecordListSection<T extends { id: string }, V extends FieldValues>({ config }: { config: RecordListConfig<T, V> }) {
  const query = useApiQuery(config.list, []);
  const [editing, setEditing] = useState<{ item?: T } | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const items = [...((query.data ?? []) as unknown as T[])].sort(config.sort);

  const remove = async (item: T) => {
    setDeleting(null);
    try {
      await config.remove(item.id);
      notify(`Deleted the ${config.noun}.`);
    } catch (error) {
      notify(`Not deleted: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };

  return (
    <section className="card" aria-labelledby={`${config.kind}-heading`}>
      <div className="spread">
        <h2 id={`${config.kind}-heading`}>{config.heading}</h2>
        <Button className="button" onPress={() => setEditing({})}>
          Add {config.noun}
        </Button>
      </div>
      <p className="muted">{config.intro}</p>
      <DataState query={query} what={config.heading.toLowerCase()} isEmpty={items.length === 0} empty={<p>Nothing here yet.</p>}>
        <ul className="list-plain">
          {items.map((item) => {
            const { title, detail } = config.describe(item);
            return (
              <li key={item.id} className="spread">
                <span>
                  <strong>{title}</strong>
                  {detail && <span className="muted"> · {detail}</span>}
                </span>
                <span className="row">
                  <Button className="button small" onPress={() => setEditing({ item })} aria-label={`Edit ${title}`}>
                    Edit
                  </Button>
                  <Button className="button small quiet" onPress={() => setDeleting(item)} aria-label={`Delete ${title}`}>
                    Delete
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      </DataState>
      <ModalOverlay className="modal-overlay" isOpen={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <Modal className="modal wide">
          <Dialog className="dialog">
            <Heading slot="title">{editing?.item ? `Edit ${config.noun}` : `Add ${config.noun}`}</Heading>
            {editing && <ItemForm config={config} item={editing.item} onDone={() => setEditing(null)} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
      <ConfirmDialog isOpen={deleting !== null} title={`Delete this ${config.noun}?`} confirmLabel="Delete" onConfirm={() => deleting && void remove(deleting)} onCancel={() => setDeleting(null)}>
        <p>“{deleting ? config.describe(deleting).title : ''}” will be removed from your profile.</p>
      </ConfirmDialog>
    </section>
  );
}
