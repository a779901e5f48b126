import { parseDate } from '@internationalized/date';
import { DateInput, DatePicker, DateSegment, FieldError, Group, Label, Text } from 'react-aria-components';

function toDateValue(iso: string | undefined) {
  if (!iso) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/** A date (not wired to a form) typed as dd/mm/yyyy (the en-GB locale orders the segments) and kept as an ISO string. */
export function IsoDateField({
  label,
  value,
  onChange,
  error,
  description,
  isRequired,
}: {
  label: string;
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  error?: string | undefined;
  description?: string;
  isRequired?: boolean;
}) {
  return (
    <DatePicker
      className="field"
      value={toDateValue(value)}
      onChange={(date) => onChange(date ? date.toString() : undefined)}
      isInvalid={Boolean(error)}
      isRequired={isRequired ?? false}
      granularity="day"
    >
      <Label className="field-label">{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      </Group>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </DatePicker>
  );
}
