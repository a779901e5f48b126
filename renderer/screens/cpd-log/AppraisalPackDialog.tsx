import { useMutation } from '@tanstack/react-query';
import { format, parseISO, subYears } from 'date-fns';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { localToday } from '../../../core/format/today';
import { useApi } from '../../api/api-context';
import { describeSaveOutcome, saveMadeFile } from '../../api/save-made-file';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { DialogActions } from '../../components/FormActions';
import { notify } from '../../components/notices';
import { RadioChoice, type RadioOption } from '../../components/RadioChoice';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Appraisal pack…": one document for the annual review (PDR), from the date of the last review to
 * today, as a PDF or a Word copy, saved the way every made file is saved.
 */
const FORMATS: RadioOption<'pdf' | 'docx'>[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'docx', label: 'Word document (.docx), to add your review notes' },
];

export function AppraisalPackButton() {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [today] = useState(() => localToday(new Date()));
  const [since, setSince] = useState<string | undefined>(() => format(subYears(parseISO(today), 1), 'yyyy-MM-dd'));
  const [kind, setKind] = useState<'pdf' | 'docx'>('pdf');
  const [submitted, setSubmitted] = useState(false);
  const sinceError = !since ? 'Give the date of your last review.' : !ISO_DAY.test(since) ? undefined : since > today ? 'The last review cannot be after today.' : undefined;
  const make = useMutation({
    mutationFn: async () => {
      const made = await api.makeAppraisalPack({ since: since!, format: kind });
      return { made, outcome: await saveMadeFile(api, made) };
    },
    onSuccess: ({ made, outcome }) => {
      notify(describeSaveOutcome(outcome, made.fileName));
      if (outcome.status !== 'cancelled') setOpen(false);
    },
  });
  const submit = () => {
    setSubmitted(true);
    if (since && ISO_DAY.test(since) && !sinceError) make.mutate();
  };

  return (
    <>
      <Button className="button" onPress={() => setOpen(true)}>
        Appraisal pack…
      </Button>
      <FormDialog isOpen={open} title="Appraisal pack" onClose={() => setOpen(false)}>
        <p>
          One document for your annual review: your goals and their status, CPD since your last review with your reflections, training that has expired or falls due in the next 12 months, progress
          towards your registration, Technician Commitment records and the goals you propose.
        </p>
        <Form
          className="form"
          validationBehavior="aria"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DateField label="Date of your last review" value={since} onChange={setSince} error={submitted ? sinceError : undefined} showErrors={submitted} isRequired autoFocus />
          <RadioChoice label="Make it as" options={FORMATS} value={kind} onChange={setKind} />
          {make.isError && (
            <p role="alert" className="error">
              The appraisal pack was not made: {make.error.message}
            </p>
          )}
          <DialogActions
            className="form-actions"
            onCancel={() => setOpen(false)}
            submitLabel={make.isPending ? 'Making the appraisal pack…' : 'Make and save'}
            isSubmitting={make.isPending}
          />
        </Form>
      </FormDialog>
    </>
  );
}
