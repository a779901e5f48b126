import { useState } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { Button, Input, Label, Tag, TagGroup, TagList, Text, TextField } from 'react-aria-components';
import type { RowProps } from './TextFieldRow';

/** Free tags: type one and press Enter (or a comma) to add; Backspace/Delete or × removes. */
export function TagsRow<T extends FieldValues>({ control, name, label, description }: RowProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const tags = (field.value as string[] | undefined) ?? [];
  const [draft, setDraft] = useState('');

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
        <Input ref={field.ref} className="input" />
        <Text slot="description" className="field-description">
          {description ?? 'Type a tag and press Enter.'}
        </Text>
      </TextField>
      {tags.length > 0 && (
        <TagGroup aria-label={`${label} added`} onRemove={(keys) => field.onChange(tags.filter((t) => !keys.has(t)))} className="tag-group">
          <TagList className="tag-list">
            {tags.map((tag) => (
              <Tag key={tag} id={tag} textValue={tag} className="tag">
                {tag}
                <Button slot="remove" className="tag-remove" aria-label={`Remove ${tag}`}>
                  ×
                </Button>
              </Tag>
            ))}
          </TagList>
        </TagGroup>
      )}
      {fieldState.error && <p className="field-error">{fieldState.error.message}</p>}
    </div>
  );
}
