import { parseDate, type CalendarDate } from '@internationalized/date';
import { useController, type FieldValues } from 'react-hook-form';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import type { RowProps } from './TextFieldRow';

function toCalendarDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A UK date (dd/mm/yyyy segments, typed or picked from a calendar) stored as YYYY-MM-DD.
 * Optional dates become undefined when cleared; required ones become '' so the schema explains.
 */
export function DateFieldRow<T extends FieldValues>({ control, name, label, description, isRequired, autoFocus, optional = false }: RowProps<T> & { optional?: boolean }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <DatePicker
      className="field"
      name={name}
      value={toCalendarDate(field.value)}
      onChange={(date) => field.onChange(date ? date.toString() : optional ? undefined : '')}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      autoFocus={autoFocus}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Group className="date-group">
        <DateInput ref={field.ref} className="date-input">
          {(segment) => <DateSegment segment={segment} className="date-segment" />}
        </DateInput>
        <Button className="date-button" aria-label="Choose from calendar">
          ▾
        </Button>
      </Group>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
      <Popover className="popover">
        <Dialog className="calendar-dialog">
          <Calendar className="calendar">
            <header className="calendar-header">
              <Button slot="previous" className="button small">
                ‹
              </Button>
              <Heading />
              <Button slot="next" className="button small">
                ›
              </Button>
            </header>
            <CalendarGrid>{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
