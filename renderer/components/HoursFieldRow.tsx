import { useController, type FieldValues } from 'react-hook-form';
import { Input } from 'react-aria-components';
import { hoursUnderstood, parseTypedHours } from '../../core/format/typed-hours';
import { heldValue } from './held-value';
import type { RowProps } from './form-row';
import { TypedField, useTypedField } from './TypedField';

const hoursText = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

/**
 * Time spent, typed as people write it (1.5, 1,5, 1:30, 90m, 1h 30m, "1 hr 30 mins"), stored as a
 * number of hours. Beside it, what it was read as ("= 1.5 hours"); text that does not read is
 * refused at the field with what to write. An empty field gives undefined, so the schema says
 * whether hours are needed.
 */
export function HoursFieldRow<T extends FieldValues>({ control, ...row }: RowProps<T>) {
  const { field, fieldState, formState } = useController({ control, name: row.name });
  const { frame } = useTypedField<number>({
    value: heldValue(control, row.name),
    onChange: field.onChange,
    onBlur: field.onBlur,
    read: parseTypedHours,
    textFor: hoursText,
    error: fieldState.error?.message,
    showErrors: formState.isSubmitted,
    readAs: hoursUnderstood,
    hint: 'such as 1.5, 1:30 or 90m',
  });

  return (
    <TypedField {...row} {...frame}>
      <Input ref={field.ref} className="input" autoComplete="off" />
    </TypedField>
  );
}
