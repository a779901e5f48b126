import { useController, type FieldValues } from 'react-hook-form';
import { Input } from 'react-aria-components';
import { hoursUnderstood, parseTypedHours } from '../../core/format/typed-hours';
import { heldValue } from './held-value';
import type { RowProps } from './TextFieldRow';
import { TypedField, useTypedFieldMessage } from './TypedField';
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
  const { message, leave } = useTypedFieldMessage(parsed, fieldState.error?.message, formState.isSubmitted);

  return (
    <TypedField
      name={name}
      label={label}
      description={description}
      isRequired={isRequired}
      autoFocus={autoFocus}
      text={text}
      onType={type}
      onLeave={() => {
        leave();
        field.onBlur();
      }}
      message={message}
      check={parsed?.ok ? hoursUnderstood(parsed.value) : 'such as 1.5, 1:30 or 90m'}
      checkIsHint={!parsed?.ok}
    >
      <Input ref={field.ref} className="input" autoComplete="off" />
    </TypedField>
  );
}
