import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

export type SelectOption = { id: string; label: string };

/** A labelled choice of one option, outside a form: filters, the pathway to show. */
export function OptionSelect({
  label,
  selectedKey,
  onSelectionChange,
  options,
}: {
  label: string;
  selectedKey: string | null;
  onSelectionChange: (key: string | null) => void;
  options: SelectOption[];
}) {
  return (
    <Select className="field" selectedKey={selectedKey} onSelectionChange={(key) => onSelectionChange(key === null ? null : String(key))}>
      <Label className="field-label">{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(item) => (
            <ListBoxItem id={item.id} className="listbox-item" textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
