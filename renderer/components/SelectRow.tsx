import { useController, type FieldValues } from 'react-hook-form';
import { Label, Select } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { SelectMenu, type SelectOption } from './SelectMenu';
import type { RowProps } from './TextFieldRow';

/** Choose one of a few options; `emptyLabel` adds a "none" choice that stores undefined. */
export function SelectRow<T extends FieldValues>({ control, name, label, description, isRequired, autoFocus, options, emptyLabel }: RowProps<T> & { options: SelectOption[]; emptyLabel?: string }) {
  const { field, fieldState } = useController({ control, name });
  const NONE = '__none__';
  const items = emptyLabel ? [{ id: NONE, label: emptyLabel }, ...options] : options;
  const value = (field.value as string | undefined) ?? (emptyLabel ? NONE : null);
  return (
    <Select
      className="field"
      name={name}
      selectedKey={value}
      onSelectionChange={(key) => field.onChange(key === NONE || key === null ? undefined : String(key))}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      autoFocus={autoFocus}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <SelectMenu options={items} buttonRef={field.ref}>
        <FieldNotes description={description} error={fieldState.error?.message} />
      </SelectMenu>
    </Select>
  );
}
