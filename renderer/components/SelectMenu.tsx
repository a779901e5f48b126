import type { ReactNode, Ref } from 'react';
import { Button, ListBox, ListBoxItem, Popover, SelectValue } from 'react-aria-components';

/** `textValue`, when the label is longer than what typing a letter should match (a short name). */
export type SelectOption = { id: string; label: string; textValue?: string };

/**
 * The button and drop-down list inside a react-aria Select: one markup for every choice in the
 * app. `children` sit between the button and the list (a description, an error). A placeholder,
 * where there is one, is the Select's.
 */
export function SelectMenu({ options, buttonRef, children }: { options: SelectOption[]; buttonRef?: Ref<HTMLButtonElement>; children?: ReactNode }) {
  return (
    <>
      <Button ref={buttonRef} className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      {children}
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(item) => (
            <ListBoxItem id={item.id} className="listbox-item" textValue={item.textValue ?? item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </>
  );
}
