import type { FieldValues } from 'react-hook-form';
import { Input, Label, TextField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { useRowField, type RowProps } from './form-row';

/** A one-line text field wired to react-hook-form; shows the schema's message when invalid. */
export function TextFieldRow<T extends FieldValues>({ type, ...row }: RowProps<T> & { type?: 'text' | 'email' | 'url' | 'tel' }) {
  const { field, fieldState, fieldProps } = useRowField(row, { text: true });
  return (
    <TextField className="field" {...fieldProps} type={type} value={(field.value as string | undefined) ?? ''} onChange={field.onChange}>
      <Label className="field-label">{row.label}</Label>
      <Input ref={field.ref} className="input" />
      <FieldNotes description={row.description} error={fieldState.error?.message} />
    </TextField>
  );
}
