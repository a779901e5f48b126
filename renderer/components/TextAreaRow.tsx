import { useController, type FieldValues } from 'react-hook-form';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { RowProps } from './TextFieldRow';
import { WordCount } from './WordCount';

/** Multi-line text wired to react-hook-form, with an optional live word count. */
export function TextAreaRow<T extends FieldValues>({ control, name, label, description, isRequired, autoFocus, rows = 4, wordLimit, showWordCount }: RowProps<T> & { rows?: number; wordLimit?: number; showWordCount?: boolean }) {
  // A field with no value yet starts as '', so the schema sees text rather than undefined.
  const { field, fieldState } = useController({ control, name, defaultValue: '' as never });
  const value = (field.value as string | undefined) ?? '';
  return (
    <TextField
      className="field"
      name={name}
      value={value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      autoFocus={autoFocus}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <TextArea ref={field.ref} className="input textarea" rows={rows} />
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      {(showWordCount || wordLimit !== undefined) && <WordCount text={value} limit={wordLimit} />}
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
    </TextField>
  );
}
