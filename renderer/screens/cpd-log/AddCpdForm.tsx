import { zodResolver } from '@hookform/resolvers/zod';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  Button,
  DateInput,
  DateSegment,
  DatePicker,
  FieldError,
  Form,
  Group,
  Input,
  Label,
  NumberField,
  TextField,
} from 'react-aria-components';
import { CpdRecordInput, type CpdRecord } from '../../../core/model/cpd-record';
import { useApi } from '../../api/api-context';

type FormValues = { title: string; startDate: string; hours: number };

function toCalendarDate(value: string): CalendarDate | null {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null;
  }
}

/** Log one CPD activity: title, date and hours, validated by the same schema the backend uses. */
export function AddCpdForm({ onAdded, today }: { onAdded: (record: CpdRecord) => void; today: string }) {
  const api = useApi();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { control, handleSubmit, reset, formState } = useForm<FormValues>({
    resolver: zodResolver(CpdRecordInput),
    defaultValues: { title: '', startDate: today, hours: Number.NaN },
  });

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const record = await api.addCpd(values);
      reset({ title: '', startDate: today, hours: Number.NaN });
      onAdded(record);
    } catch (error) {
      // The form keeps what was typed, so nothing is lost when a save fails.
      setSaveError((error as Error).message);
    }
  });

  return (
    <Form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="add-cpd-heading" validationBehavior="aria">
      <h2 id="add-cpd-heading">Log CPD</h2>
      <Controller
        control={control}
        name="title"
        render={({ field, fieldState }) => (
          <TextField
            className="field"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={fieldState.invalid}
            autoFocus
          >
            <Label>Title</Label>
            <Input ref={field.ref} name="title" />
            <FieldError>{fieldState.error?.message}</FieldError>
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="startDate"
        render={({ field, fieldState }) => (
          <DatePicker
            className="field"
            value={toCalendarDate(field.value)}
            onChange={(date) => field.onChange(date ? date.toString() : '')}
            onBlur={field.onBlur}
            isInvalid={fieldState.invalid}
          >
            <Label>Date</Label>
            <Group className="date-group">
              <DateInput className="date-input">{(segment) => <DateSegment segment={segment} />}</DateInput>
            </Group>
            <FieldError>{fieldState.error?.message}</FieldError>
          </DatePicker>
        )}
      />
      <Controller
        control={control}
        name="hours"
        render={({ field, fieldState }) => (
          <NumberField
            className="field"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={fieldState.invalid}
            minValue={0}
            step={0.25}
            formatOptions={{ maximumFractionDigits: 2 }}
          >
            <Label>Hours</Label>
            <Input ref={field.ref} name="hours" />
            <FieldError>{fieldState.error?.message}</FieldError>
          </NumberField>
        )}
      />
      {saveError && (
        <p role="alert" className="error">
          Not saved: {saveError}
        </p>
      )}
      <Button type="submit" className="button primary" isDisabled={formState.isSubmitting}>
        Save record
      </Button>
    </Form>
  );
}
