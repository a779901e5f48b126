import { useController, type FieldValues } from 'react-hook-form';
import { Group, Input, Label, NumberField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import type { RowProps } from './TextFieldRow';

/**
 * A number wired to react-hook-form. An empty field becomes undefined, so optional numbers stay
 * optional and required ones get the schema's "enter a number" message.
 */
export function NumberFieldRow<T extends FieldValues>({ control, name, label, description, isRequired, autoFocus, step = 1, minValue = 0, maxFractionDigits = 2 }: RowProps<T> & { step?: number; minValue?: number; maxFractionDigits?: number }) {
  const { field, fieldState } = useController({ control, name });
  const value = field.value as number | undefined;
  return (
    <NumberField
      className="field"
      name={name}
      value={value ?? Number.NaN}
      onChange={(next) => field.onChange(Number.isNaN(next) ? undefined : next)}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      autoFocus={autoFocus}
      minValue={minValue}
      step={step}
      formatOptions={{ maximumFractionDigits: maxFractionDigits, useGrouping: false }}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Group className="number-group">
        <Input ref={field.ref} className="input" />
      </Group>
      <FieldNotes description={description} error={fieldState.error?.message} />
    </NumberField>
  );
}
