import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

export type FilterOption = { id: string; label: string };

/** A filter choice where the first option, "any", means "do not filter". */
export function FilterSelect({ label, value, onChange, options, anyLabel }: { label: string; value: string; onChange: (value: string) => void; options: FilterOption[]; anyLabel: string }) {
  const items = [{ id: '', label: anyLabel }, ...options];
  return (
    <Select className="field" selectedKey={value} onSelectionChange={(key) => onChange(String(key ?? ''))}>
      <Label className="field-label">{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={items}>
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
