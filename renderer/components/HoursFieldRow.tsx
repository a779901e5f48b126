import { useId, useState } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { hoursUnderstood, parseTypedHours } from '../../core/format/typed-hours';
import { heldValue } from './held-value';
import type { RowProps } from './TextFieldRow';
import { useTypedValue } from './useTypedValue';

const hoursText = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

/**
 * Time spent, typed as people write it (1.5, 1,5, 1:30, 90m, 1h 30m, "1 hr 30 mins"), stored as a
 * number of hours. Beside it, what it was read as ("= 1.5 hours"); text that does not read is
 * refused at the field with what to write. An empty field gives undefined, so the schema says
 * whether hours are needed.
 */
export function HoursFieldRow<T extends FieldValues>({ control, name, label, description, isRequired, autoFocus }: RowProps<T>) {
  const { field, fieldState, formState } = useController({ control, name });
  const { text, parsed, type } = useTypedValue<number>({ value: heldValue(control, name), onChange: field.onChange, read: parseTypedHours, textFor: hoursText });
  const [left, setLeft] = useState(false);
  const checkId = useId();
  // Text that does not read speaks for itself, once the field is left: the schema's message would only restate it.
  const message = parsed && !parsed.ok ? (left || formState.isSubmitted ? parsed.reason : undefined) : fieldState.error?.message;

  return (
    <TextField
      className="field"
      name={name}
      value={text}
      onChange={type}
      onBlur={() => {
        setLeft(true);
        field.onBlur();
      }}
      isInvalid={Boolean(message)}
      isRequired={isRequired}
      autoFocus={autoFocus}
      validationBehavior="aria"
      aria-describedby={checkId}
    >
      <Label className="field-label">{label}</Label>
      <div className="typed-row">
        <Input ref={field.ref} className="input" autoComplete="off" />
        <span id={checkId} className="field-check" data-hint={parsed?.ok ? undefined : true}>
          {parsed?.ok ? hoursUnderstood(parsed.value) : 'such as 1.5, 1:30 or 90m'}
        </span>
      </div>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{message}</FieldError>
    </TextField>
  );
}
