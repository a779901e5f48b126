import { parseDate } from '@internationalized/date';
import { useState, type Ref } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  Dialog,
  DialogTrigger,
  Group,
  Heading,
  Input,
  Popover,
} from 'react-aria-components';
import { parseTypedDate } from '../../core/format/typed-date';
import { formatUkDate, formatUkDateFull } from '../../core/format/uk-date';
import { heldValue } from './held-value';
import type { RowProps } from './form-row';
import { TypedField, useTypedField } from './TypedField';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// A stored ISO day is shown the UK way; anything else (text restored from a draft) as it was typed.
const dateText = (value: unknown) => (typeof value !== 'string' ? '' : ISO_DAY.test(value) && parseTypedDate(value).ok ? formatUkDate(value) : value);

export type DateFieldProps = {
  label: string;
  /** YYYY-MM-DD, or text that did not read as a date, or empty. */
  value: string | undefined;
  /** YYYY-MM-DD when the text reads as a date, the text itself when it does not, undefined when empty. */
  onChange: (value: string | undefined) => void;
  onBlur?: () => void;
  /** A message from the form's schema, such as an end date before the start. */
  error?: string | undefined;
  description?: string | undefined;
  isRequired?: boolean | undefined;
  autoFocus?: boolean | undefined;
  name?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** Show why typed text does not read as a date before the field is left (after a submit). */
  showErrors?: boolean | undefined;
};

/**
 * A date typed day first (1/12/2025, 1 Dec 2025, 2025-12-01) or picked from a calendar, stored as
 * YYYY-MM-DD. Beside it, the day it was read as ("Monday 1 December 2025"), so a slip such as a
 * month-first date shows before it is saved; text that does not read is refused at the field with
 * what to write, never guessed.
 */
export function DateField({ value, onChange, onBlur, error, inputRef, showErrors, ...row }: DateFieldProps) {
  const { label } = row;
  const { parsed, choose, leave, frame } = useTypedField<string>({
    value,
    onChange,
    onBlur,
    read: (typed) => parseTypedDate(typed),
    textFor: dateText,
    error,
    showErrors,
    readAs: formatUkDateFull,
    hint: 'day/month/year',
  });
  const [calendarOpen, setCalendarOpen] = useState(false);
  const day = parsed?.ok ? parseDate(parsed.value) : null;

  return (
    <TypedField {...row} {...frame}>
      <Group className="date-group">
        <Input ref={inputRef} className="typed-input" autoComplete="off" />
        <DialogTrigger isOpen={calendarOpen} onOpenChange={setCalendarOpen}>
          <Button className="date-button" aria-label={`Choose ${label.toLowerCase()} from a calendar`}>
            ▾
          </Button>
          {/* Drawn inside the page's main landmark (not at the end of the body), so the popover's own hidden dismiss buttons are in a landmark too. */}
          <Popover className="popover" UNSTABLE_portalContainer={(calendarOpen && document.getElementById('main')) || undefined}>
            <Dialog className="calendar-dialog" aria-label={`${label}: calendar`}>
              <Calendar
                className="calendar"
                autoFocus
                value={day}
                onChange={(picked) => {
                  const iso = picked.toString();
                  choose(iso, formatUkDate(iso));
                  leave();
                  setCalendarOpen(false);
                }}
              >
                <header className="calendar-header">
                  <Button slot="previous" className="button small" aria-label="Previous month">
                    ‹
                  </Button>
                  <Heading />
                  <Button slot="next" className="button small" aria-label="Next month">
                    ›
                  </Button>
                </header>
                <CalendarGrid>{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
              </Calendar>
            </Dialog>
          </Popover>
        </DialogTrigger>
      </Group>
    </TypedField>
  );
}

/**
 * A DateField wired to react-hook-form. Optional dates become undefined when cleared; required
 * ones become '' so the schema explains.
 */
export function DateFieldRow<T extends FieldValues>({ control, name, label, description, isRequired, autoFocus, optional = false }: RowProps<T> & { optional?: boolean }) {
  const { field, fieldState, formState } = useController({ control, name });
  return (
    <DateField
      label={label}
      name={name}
      value={heldValue(control, name) as string | undefined}
      onChange={(next) => field.onChange(next ?? (optional ? undefined : ''))}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      description={description}
      isRequired={isRequired}
      autoFocus={autoFocus}
      inputRef={field.ref}
      showErrors={formState.isSubmitted}
    />
  );
}
