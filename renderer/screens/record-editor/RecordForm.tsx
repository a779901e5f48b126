import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button, Form, Link } from 'react-aria-components';
import { navigate } from 'wouter/use-hash-location';
import { CpdRecordInput, type CpdRecord } from '../../../core/model/cpd-record';
import { useApi } from '../../api/api-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateFieldRow } from '../../components/DateField';
import { NumberFieldRow } from '../../components/NumberFieldRow';
import { HoursFieldRow } from '../../components/HoursFieldRow';
import { PageHeader } from '../../components/PageHeader';
import { RadioChoice, type RadioOption } from '../../components/RadioChoice';
import { SelectRow } from '../../components/SelectRow';
import { TagsRow } from '../../components/TagsRow';
import { TextAreaRow } from '../../components/TextAreaRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import { notify } from '../../components/notices';
import { useFormDraft } from '../../components/useFormDraft';
import { forgetUnsavedWork } from '../../components/leave-guard';
import { categoryLabel } from '../../../core/format/labels';
import { categoryOptions } from '../../format/cpd-labels';
import { CriteriaMappings } from './CriteriaMappings';
import { EvidenceLinks } from './EvidenceLinks';
import { ReflectionFields } from './ReflectionFields';
import { SuggestedCriteria } from './SuggestedCriteria';
import { usePendingDismissals } from './pending-dismissals';
import { blankCpdValues, valuesFromRecord, type CpdFormOutput, type CpdFormValues } from './cpd-form-values';

/** Every field of a CPD record, validated by the same schema the backend uses; drafts kept locally. */
const STATUSES: RadioOption<'complete' | 'draft'>[] = [
  { value: 'complete', label: 'Complete' },
  { value: 'draft', label: 'A draft to finish later' },
];

export function RecordForm({ record, today }: { record?: CpdRecord; today: string }) {
  const api = useApi();
  const form = useForm<CpdFormValues, unknown, CpdFormOutput>({
    resolver: zodResolver(CpdRecordInput),
    defaultValues: record ? valuesFromRecord(record) : blankCpdValues(today),
  });
  const { control, handleSubmit, formState, watch } = form;
  const draft = useFormDraft(form, 'cpd', record?.id);
  const dismissals = usePendingDismissals();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const status = watch('status') ?? 'complete';
  const category = watch('category');
  // A category from an import or an older scheme stays visible and selectable as it is.
  const categories = category && !categoryOptions.some((c) => c.id === category) ? [...categoryOptions, { id: category, label: categoryLabel(category) }] : categoryOptions;

  const leave = () => {
    draft.discard();
    form.reset(form.getValues());
    forgetUnsavedWork();
    navigate('/cpd');
  };

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      // Prompts left empty (or from a model no longer chosen and never answered) are not stored.
      const answers = Object.fromEntries(Object.entries(values.reflection.answers).filter(([, text]) => text.trim() !== ''));
      const input = { ...values, reflection: { ...values.reflection, answers } };
      const saved = record ? await api.updateCpd(record.id, input) : await api.addCpd(input);
      if (!record) await dismissals.rememberFor(saved.id);
      notify(record ? `Saved “${saved.title}”.` : `Logged “${saved.title}”.`);
      leave();
    } catch (error) {
      // The form and its draft keep everything typed, so a failed save loses nothing.
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });

  const remove = async () => {
    if (!record) return;
    setConfirmDelete(false);
    try {
      await api.deleteCpd(record.id);
      notify(`Deleted “${record.title}”.`);
      leave();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="screen editor">
      <PageHeader
        title={record ? 'Edit CPD record' : 'Log CPD'}
        description={record ? record.title : 'What you did, what you learnt, and what it changed.'}
        actions={
          <Link href="/cpd" className="button quiet">
            Back to the log
          </Link>
        }
      />
      {draft.restoredAt && (
        <div className="draft-banner" role="status">
          <span>Restored your unsaved changes from a draft.</span>
          <Button
            className="button small"
            onPress={() => {
              draft.discard();
              form.reset(record ? valuesFromRecord(record) : blankCpdValues(today));
            }}
          >
            Discard the draft
          </Button>
        </div>
      )}
      <Form className="form" onSubmit={(e) => void submit(e)} validationBehavior="aria" aria-label={record ? 'Edit CPD record' : 'Log CPD'}>
        <section className="card form" aria-labelledby="what-heading">
          <h2 id="what-heading">The activity</h2>
          <TextFieldRow control={control} name="title" label="Title" isRequired autoFocus />
          <div className="form-grid">
            <DateFieldRow control={control} name="startDate" label="Date" isRequired />
            <DateFieldRow control={control} name="endDate" label="End date (if more than a day)" optional />
            <HoursFieldRow control={control} name="hours" label="Hours" isRequired />
            <NumberFieldRow control={control} name="points" label="Points (if counted)" step={0.5} />
          </div>
          <SelectRow control={control} name="category" label="Category" options={categories} emptyLabel="No category" />
          <TextAreaRow control={control} name="description" label="Description" description="What the activity was, in a sentence or two." rows={3} />
          <TagsRow control={control} name="tags" label="Tags" />
        </section>
        <section className="card form" aria-labelledby="reflect-heading">
          <h2 id="reflect-heading">What you learnt</h2>
          <ReflectionFields control={control} />
          <TextAreaRow control={control} name="outcomes" label="Outcomes" description="What changed for you, your team or the people who use your work." rows={3} showWordCount />
        </section>
        <section className="card form" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence and criteria</h2>
          <EvidenceLinks control={control} />
          <CriteriaMappings control={control} />
          <SuggestedCriteria form={form} recordId={record?.id} dismissals={dismissals} />
        </section>
        <section className="card form" aria-labelledby="save-heading">
          <h2 id="save-heading" className="visually-hidden">
            Save
          </h2>
          <RadioChoice label="This record is" options={STATUSES} value={status} onChange={(value) => form.setValue('status', value, { shouldDirty: true })} />
          {saveError && (
            <p role="alert" className="error">
              Not saved: {saveError}
            </p>
          )}
          {Object.keys(formState.errors).length > 0 && (
            <p role="alert" className="error">
              Some fields need attention: see the messages above.
            </p>
          )}
          <div className="form-actions">
            <Button type="submit" className="button primary" isDisabled={formState.isSubmitting}>
              Save record
            </Button>
            {record && (
              <Button className="button danger" onPress={() => setConfirmDelete(true)}>
                Delete record
              </Button>
            )}
          </div>
        </section>
      </Form>
      <ConfirmDialog isOpen={confirmDelete} title="Delete this record?" confirmLabel="Delete record" onConfirm={() => void remove()} onCancel={() => setConfirmDelete(false)}>
        <p>
          “{record?.title}” will be removed from your log. Its evidence files stay in your evidence library. A backup of your portfolio is kept, but this cannot be undone here.
        </p>
      </ConfirmDialog>
    </div>
  );
}
