import { get, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A field's value as the form holds it. useController's `field.value` shows the field's first
 * value again once it is set to undefined, which would put back a date or hours the person has
 * just cleared while the form saves nothing.
 */
export function heldValue<T extends FieldValues>(control: Control<T>, name: FieldPath<T>): unknown {
  return get(control._formValues, name);
}
