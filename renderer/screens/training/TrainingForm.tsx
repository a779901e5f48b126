import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button, Form } from 'react-aria-components';
import type { z } from 'zod';
import { TrainingRecordInput, type TrainingRecord } from '../../../core/model/training';
import { useApi } from '../../api/api-context';
import { DateFieldRow } from '../../components/DateFieldRow';
import { NumberFieldRow } from '../../components/NumberFieldRow';
import { TextAreaRow } from '../../components/TextAreaRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import { notify } from '../../components/notices';
import { useFormDraft } from '../../components/useFormDraft';
import { todayIso } from '../record-editor/cpd-form-values';

type Values = z.input<typeof TrainingRecordInput>;
type Output = z.output<typeof TrainingRecordInput>;

function valuesOf(training: TrainingRecord | undefined): Values {
  if (!training) return { course: '', provider: '', kind: '', completedDate: todayIso(), expiryDate: undefined, renewalMonths: undefined, notes: '', evidenceIds: [], mappings: [] };
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = training;
  return values;
}

/** Add or edit one piece of training; the expiry is a date, or a renewal interval from completion. */
export function TrainingForm({ training, onDone }: { training?: TrainingRecord; onDone: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(TrainingRecordInput), defaultValues: valuesOf(training) });
  const draft = useFormDraft(form, 'training', training?.id);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { control } = form;

  const submit = form.handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const saved = training ? await api.updateTraining(training.id, values) : await api.addTraining(values);
      await queryClient.invalidateQueries({ queryKey: ['training'] });
      draft.discard();
      form.reset(values);
      notify(training ? `Saved “${saved.course}”.` : `Added “${saved.course}”.`);
      onDone();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <Form className="form" onSubmit={(e) => void submit(e)} validationBehavior="aria" aria-label={training ? 'Edit training' : 'Add training'}>
      {draft.restoredAt && (
        <p className="draft-banner" role="status">
          Restored your unsaved changes from a draft.
        </p>
      )}
      <TextFieldRow control={control} name="course" label="Course" isRequired autoFocus />
      <div className="form-grid">
        <TextFieldRow control={control} name="provider" label="Provider" />
        <TextFieldRow control={control} name="kind" label="Kind" description="Radiation, biosafety, laser, first aid…" />
      </div>
      <div className="form-grid">
        <DateFieldRow control={control} name="completedDate" label="Completed" isRequired />
        <DateFieldRow control={control} name="expiryDate" label="Expires" optional description="Leave empty if it does not expire, or give a renewal interval." />
        <NumberFieldRow control={control} name="renewalMonths" label="Renew every (months)" maxFractionDigits={0} />
      </div>
      <TextAreaRow control={control} name="notes" label="Notes" rows={3} />
      {saveError && (
        <p role="alert" className="error">
          Not saved: {saveError}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={form.formState.isSubmitting}>
          {training ? 'Save training' : 'Add training'}
        </Button>
        <Button
          className="button"
          onPress={() => {
            // Cancelling is a decision to throw the changes away, so the draft goes too.
            draft.discard();
            form.reset(valuesOf(training));
            onDone();
          }}
        >
          Cancel
        </Button>
      </div>
    </Form>
  );
}
