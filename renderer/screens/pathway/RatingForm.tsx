import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { Button, FieldError, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import type { z } from 'zod';
import { CompetenceRatingInput, RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../../core/model/competence-rating';
import { useApi } from '../../api/api-context';
import { DateFieldRow } from '../../components/DateField';
import { EvidencePicker } from '../../components/EvidencePicker';
import { TextAreaRow } from '../../components/TextAreaRow';
import { notify } from '../../components/notices';
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
  const [saveError, setSaveError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await api.rateCompetence(values);
      notify(`Rated ${code} as ${RATING_LABELS[values.rating].toLowerCase()}.`);
      onDone();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });

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
      {saveError && (
        <p role="alert" className="error">
          Not saved: {saveError}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={form.formState.isSubmitting}>
          Save rating
        </Button>
        <Button className="button" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
