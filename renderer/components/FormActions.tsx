import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';

type Submit = {
  submitLabel: ReactNode;
  /** The submit button is disabled while a save runs, so it is not sent twice. */
  isSubmitting?: boolean | undefined;
};

function SubmitButton({ submitLabel, isSubmitting }: Submit) {
  return (
    <Button type="submit" className="button primary" isDisabled={isSubmitting}>
      {submitLabel}
    </Button>
  );
}

/**
 * The end of a form on a page: why the last try failed, announced as it appears, then the submit
 * button and what goes beside it (a Cancel or Reset button, a note).
 */
export function FormActions({ error, className = 'form-actions', children, ...submit }: Submit & { error?: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className={className}>
        <SubmitButton {...submit} />
        {children}
      </div>
    </>
  );
}

/** The end of a form in a dialog: Cancel, then the submit button, as dialogs put them. */
export function DialogActions({ onCancel, className = 'dialog-actions', ...submit }: Submit & { onCancel: () => void; className?: string }) {
  return (
    <div className={className}>
      <Button className="button" onPress={onCancel}>
        Cancel
      </Button>
      <SubmitButton {...submit} />
    </div>
  );
}
