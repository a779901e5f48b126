import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/** What every form row takes: the form, the field's path in it, its label and how it is offered. */
export type RowProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
};

/**
 * A row's field wired to react-hook-form, with the props each row gives its react-aria field.
 * Errors are shown and announced rather than blocking the submit (validationBehavior "aria"), so
 * the schema's messages are the ones people read. A text row starts as '' when the field has no
 * value yet, so the schema sees text rather than undefined.
 */
export function useRowField<T extends FieldValues>({ control, name, isRequired, autoFocus }: RowProps<T>, { text = false }: { text?: boolean } = {}) {
  const controller = useController(text ? { control, name, defaultValue: '' as never } : { control, name });
  const { field, fieldState } = controller;
  return {
    ...controller,
    fieldProps: { name, onBlur: field.onBlur, isInvalid: fieldState.invalid, isRequired, autoFocus, validationBehavior: 'aria' as const },
  };
}
