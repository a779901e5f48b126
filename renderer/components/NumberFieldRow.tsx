import type { FieldValues } from 'react-hook-form';
import { Group, Input, Label, NumberField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { useRowField, type RowProps } from './form-row';

/**
 * A number wired to react-hook-form. An empty field becomes undefined, so optional numbers stay
 * optional and required ones get the schema's "enter a number" message.
 */
export function NumberFieldRow<T extends FieldValues>({ step = 1, minValue = 0, maxFractionDigits = 2, ...row }: RowProps<T> & { step?: number; minValue?: number; maxFractionDigits?: number }) {
  const { field, fieldState, fieldProps } = useRowField(row);
  const value = field.value as number | undefined;
  return (
    <NumberField
      className="field"
      {...fieldProps}
      value={value ?? Number.NaN}
      onChange={(next) => field.onChange(Number.isNaN(next) ? undefined : next)}
      minValue={minValue}
      step={step}
      formatOptions={{ maximumFractionDigits: maxFractionDigits, useGrouping: false }}
    >
      <Label className="field-label">{row.label}</Label>
      <Group className="number-group">
        <Input ref={field.ref} className="input" />
      </Group>
      <FieldNotes description={row.description} error={fieldState.error?.message} />
    </NumberField>
  );
}
