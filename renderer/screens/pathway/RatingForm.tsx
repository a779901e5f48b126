import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm } from 'react-hook-form';
import { Button, FieldError, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import type { z } from 'zod';
import { CompetenceRatingInput, RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../../core/model/competence-rating';
import { useApi } from '../../api/api-context';
import { DateFieldRow } from '../../components/DateField';
import { EvidencePicker } from '../../components/EvidencePicker';
import { FormActions } from '../../components/FormActions';
import { TextAreaRow } from '../../components/TextAreaRow';
import { notify } from '../../components/notices';
import { useSaveError } from '../../components/useSaveError';
import { localToday } from '../../../core/format/today';

type Values = z.input<typeof CompetenceRatingInput>;
type Output = z.output<typeof CompetenceRatingInput>;

const HINTS: Record<RatingLevel, string> = {
  'not-yet': 'You have not done this yet.',
  developing: 'You do it with guidance or are still learning.',
  competent: 'You do it reliably on your own.',
  'can-teach': 'You could train someone else to do it.',
};

/** Rate yourself against one competence: the rating, the day, why, and the evidence behind it. */
export function RatingForm({ frameworkId, code, heading, current, onDone }: { frameworkId: string; code: string; heading: string; current: RatingLevel | null; onDone: () => void }) {
  const api = useApi();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(CompetenceRatingInput),
    defaultValues: { frameworkId, code, rating: current ?? undefined, date: localToday(new Date()), note: '', evidenceIds: [] } as Values,
  });
  const rating = useController({ control: form.control, name: 'rating' });
  const evidence = useController({ control: form.control, name: 'evidenceIds' });
  const { saveError, attempt } = useSaveError();

  const submit = form.handleSubmit((values) =>
    attempt(async () => {
      await api.rateCompetence(values);
      notify(`Rated ${code} as ${RATING_LABELS[values.rating].toLowerCase()}.`);
      onDone();
    }),
  );

  return (
    <Form className="form" onSubmit={(e) => void submit(e)} validationBehavior="aria" aria-label={`Rate ${code}`}>
      <p>
        <strong>{code}</strong> {heading}
      </p>
      <RadioGroup
        className="field"
        value={(rating.field.value as string | undefined) ?? null}
        onChange={(value) => rating.field.onChange(value)}
        isInvalid={rating.fieldState.invalid}
        isRequired
        validationBehavior="aria"
      >
        <Label className="field-label">How well can you do this now?</Label>
        <div className="stack">
          {RATING_LEVELS.map((level) => (
            <Radio key={level} value={level} className="radio">
              <span>
                {RATING_LABELS[level]} <span className="muted small">{HINTS[level]}</span>
              </span>
            </Radio>
          ))}
        </div>
        <FieldError className="field-error">{rating.fieldState.error?.message}</FieldError>
      </RadioGroup>
      <DateFieldRow control={form.control} name="date" label="Date of this rating" isRequired />
      <TextAreaRow control={form.control} name="note" label="Why: what you did that shows it" rows={3} />
      <EvidencePicker value={evidence.field.value} onChange={evidence.field.onChange} />
      <FormActions error={saveError} submitLabel="Save rating" isSubmitting={form.formState.isSubmitting}>
        <Button className="button" onPress={onDone}>
          Cancel
        </Button>
      </FormActions>
    </Form>
  );
}
