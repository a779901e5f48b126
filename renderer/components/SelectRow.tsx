import type { FieldValues } from 'react-hook-form';
import { Label, Select } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { useRowField, type RowProps } from './form-row';
import { SelectMenu, type SelectOption } from './SelectMenu';

/** Choose one of a few options; `emptyLabel` adds a "none" choice that stores undefined. */
export function SelectRow<T extends FieldValues>({ options, emptyLabel, ...row }: RowProps<T> & { options: SelectOption[]; emptyLabel?: string }) {
  const { field, fieldState, fieldProps } = useRowField(row);
  const NONE = '__none__';
  const items = emptyLabel ? [{ id: NONE, label: emptyLabel }, ...options] : options;
  const value = (field.value as string | undefined) ?? (emptyLabel ? NONE : null);
  return (
    <Select className="field" {...fieldProps} selectedKey={value} onSelectionChange={(key) => field.onChange(key === NONE || key === null ? undefined : String(key))}>
      <Label className="field-label">{row.label}</Label>
      <SelectMenu options={items} buttonRef={field.ref}>
        <FieldNotes description={row.description} error={fieldState.error?.message} />
      </SelectMenu>
    </Select>
  );
}
