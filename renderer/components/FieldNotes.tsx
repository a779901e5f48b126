import type { ReactNode } from 'react';
import { FieldError, Text } from 'react-aria-components';

/**
 * What every form field says under its input: its description, when it has one, then its error,
 * each in the slot react-aria links to the input, so both are read out with it. `children` (such as
 * a word count) goes between them.
 */
export function FieldNotes({ description, error, children }: { description?: ReactNode; error?: ReactNode; children?: ReactNode }) {
  return (
    <>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      {children}
      <FieldError className="field-error">{error}</FieldError>
    </>
  );
}
