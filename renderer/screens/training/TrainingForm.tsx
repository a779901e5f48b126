import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { TrainingRecordInput, type TrainingRecord } from '../../../core/model/training';
import { useApi } from '../../api/api-context';
import { DateFieldRow } from '../../components/DateField';
import { DraftedForm } from '../../components/DraftedForm';
import { NumberFieldRow } from '../../components/NumberFieldRow';
import { EvidenceIdsField, MappingsField } from '../../components/RecordLinkFields';
import { TextAreaRow } from '../../components/TextAreaRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import { useFormDraft } from '../../components/useFormDraft';
import { localToday } from '../../../core/format/today';

type Values = z.input<typeof TrainingRecordInput>;
type Output = z.output<typeof TrainingRecordInput>;

function valuesOf(training: TrainingRecord | undefined): Values {
  if (!training) return { course: '', provider: '', kind: '', completedDate: localToday(new Date()), expiryDate: undefined, renewalMonths: undefined, notes: '', evidenceIds: [], mappings: [] };
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = training;
  return values;
}

/** Add or edit one piece of training; the expiry is a date, or a renewal interval from completion. */
export function TrainingForm({ training, onDone }: { training?: TrainingRecord; onDone: () => void }) {
  const api = useApi();
  const initial = valuesOf(training);
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(TrainingRecordInput), defaultValues: initial });
  const draft = useFormDraft(form, 'training', training?.id);
  const { control } = form;

  const save = async (values: Output) => {
    const saved = training ? await api.updateTraining(training.id, values) : await api.addTraining(values);
    return training ? `Saved “${saved.course}”.` : `Added “${saved.course}”.`;
  };

  return (
    <DraftedForm
      form={form}
      draft={draft}
      label={training ? 'Edit training' : 'Add training'}
      submitLabel={training ? 'Save training' : 'Add training'}
      save={save}
      initial={initial}
      onDone={onDone}
    >
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
      {/* Training cites its certificates and shows criteria as CPD does: coverage counts it, so both are set where it is entered. */}
      <EvidenceIdsField control={control} />
      <MappingsField control={control} />
    </DraftedForm>
  );
}
