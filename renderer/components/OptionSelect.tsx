import type { Ref } from 'react';
import { Label, Select } from 'react-aria-components';
import { SelectMenu, type SelectOption } from './SelectMenu';

/** A labelled choice of one option, outside a form: filters, the pathway to show, a value to map. */
export function OptionSelect({
  label,
  selectedKey,
  onSelectionChange,
  options,
  isDisabled,
  hideLabel,
  buttonRef,
}: {
  label: string;
  selectedKey: string | null;
  onSelectionChange: (key: string | null) => void;
  options: SelectOption[];
  isDisabled?: boolean;
  /** For a choice in a table row, where the column heading is the visible label. */
  hideLabel?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <Select className="field" selectedKey={selectedKey} onSelectionChange={(key) => onSelectionChange(key === null ? null : String(key))} isDisabled={isDisabled}>
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <SelectMenu options={options} buttonRef={buttonRef} />
    </Select>
  );
}
