import type { FieldValues } from 'react-hook-form';
import { Label, TextArea, TextField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { useRowField, type RowProps } from './form-row';
import { WordCount } from './WordCount';

/** Multi-line text wired to react-hook-form, with an optional live word count. */
export function TextAreaRow<T extends FieldValues>({ rows = 4, wordLimit, showWordCount, ...row }: RowProps<T> & { rows?: number; wordLimit?: number; showWordCount?: boolean }) {
  const { field, fieldState, fieldProps } = useRowField(row, { text: true });
  const value = (field.value as string | undefined) ?? '';
  return (
    <TextField className="field" {...fieldProps} value={value} onChange={field.onChange}>
      <Label className="field-label">{row.label}</Label>
      <TextArea ref={field.ref} className="input textarea" rows={rows} />
      <FieldNotes description={row.description} error={fieldState.error?.message}>
        {(showWordCount || wordLimit !== undefined) && <WordCount text={value} limit={wordLimit} />}
      </FieldNotes>
    </TextField>
  );
}
