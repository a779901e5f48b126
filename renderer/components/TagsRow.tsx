import { useRef, useState } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import type { RowProps } from './form-row';

/**
 * Free tags: type one and press Enter (or a comma) to add. The tags added are a plain list, each
 * with its own "Remove" button in the tab order (Delete or Backspace on it also removes); after a
 * removal focus goes to the next tag's button, else the previous one's, else the text field.
 */
export function TagsRow<T extends FieldValues>({ control, name, label, description }: RowProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const tags = (field.value as string[] | undefined) ?? [];
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const remove = (index: number) => {
    field.onChange(tags.filter((_, i) => i !== index));
    const left = tags.length - 1;
    // After React has drawn the shorter list, focus the button now at this place (or the one before it).
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      const next = left === 0 ? null : buttons[Math.min(index, left - 1)];
      (next ?? input.current)?.focus();
    });
  };

  const add = (raw: string) => {
    const tag = raw.trim();
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) field.onChange([...tags, tag]);
    setDraft('');
  };

  return (
    <div className="field tags-row">
      <TextField
        value={draft}
        onChange={(value) => (value.endsWith(',') ? add(value.slice(0, -1)) : setDraft(value))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            // Enter adds the tag rather than submitting the whole form.
            event.preventDefault();
            add(draft);
          }
        }}
        onBlur={() => {
          if (draft.trim()) add(draft);
          field.onBlur();
        }}
        isInvalid={fieldState.invalid}
      >
        <Label className="field-label">{label}</Label>
        <Input
          ref={(el) => {
            input.current = el;
            field.ref(el);
          }}
          className="input"
        />
        <Text slot="description" className="field-description">
          {description ?? 'Type a tag and press Enter.'}
        </Text>
      </TextField>
      {tags.length > 0 && (
        <ul ref={list} aria-label={`${label} added`} className="tag-list">
          {tags.map((tag, index) => (
            <li key={tag} className="tag">
              {tag}
              <Button
                className="tag-remove"
                aria-label={`Remove ${tag}`}
                onPress={() => remove(index)}
                onKeyDown={(event) => {
                  if (event.key === 'Delete' || event.key === 'Backspace') remove(index);
                  else event.continuePropagation();
                }}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      {fieldState.error && <p className="field-error">{fieldState.error.message}</p>}
    </div>
  );
}
