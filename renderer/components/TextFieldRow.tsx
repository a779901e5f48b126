import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { Input, Label, TextField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';

export type RowProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
};

/** A one-line text field wired to react-hook-form; shows the schema's message when invalid. */
export function TextFieldRow<T extends FieldValues>({ control, name, label, description, isRequired, autoFocus, type }: RowProps<T> & { type?: 'text' | 'email' | 'url' | 'tel' }) {
  // A field with no value yet starts as '', so the schema sees text rather than undefined.
  const { field, fieldState } = useController({ control, name, defaultValue: '' as never });
  return (
    <TextField
      className="field"
      name={name}
      type={type}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      autoFocus={autoFocus}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Input ref={field.ref} className="input" />
      <FieldNotes description={description} error={fieldState.error?.message} />
    </TextField>
  );
}
