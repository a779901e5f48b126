import type { ReactNode } from 'react';
import { FieldError, Text } from 'react-aria-components';

/**
 * What every form field says under its input: its description, when it has one, then its error,
 * each in the slot react-aria links to the input, so both are read out with it.
 */
export function FieldNotes({ description, error }: { description?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </>
  );
}
