import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

/** Chooses one career pathway among the frameworks that have levels. */
export function PathwaySelect({ value, onChange, options }: { value: string; onChange: (id: string) => void; options: { id: string; label: string }[] }) {
  return (
    <Select className="field" selectedKey={value || null} onSelectionChange={(key) => key !== null && onChange(String(key))}>
      <Label className="field-label">Pathway</Label>
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
