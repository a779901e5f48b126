import { useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { Button, Form } from 'react-aria-components';
import { notify } from './notices';
import type { useFormDraft } from './useFormDraft';

type Props<V extends FieldValues, O> = {
  form: UseFormReturn<V, unknown, O>;
  draft: ReturnType<typeof useFormDraft>;
  /** The form's accessible name, such as "Add training". */
  label: string;
  submitLabel: string;
  /** Saves the values and returns the notice that says so; an error it throws is shown in the form. */
  save: (values: O) => Promise<string>;
  /** The values Cancel puts back. */
  initial: V;
  onDone: () => void;
  children: ReactNode;
};

/**
 * A form that adds or edits one item and keeps a draft while it is open: the draft notice, the
 * fields, why a save failed, and Save and Cancel. A save or a cancel ends the draft.
 */
export function DraftedForm<V extends FieldValues, O extends DefaultValues<V> | V>({ form, draft, label, submitLabel, save, initial, onDone, children }: Props<V, O>) {
  const [saveError, setSaveError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const notice = await save(values);
      draft.discard();
      form.reset(values);
      notify(notice);
      onDone();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <Form className="form" onSubmit={(e) => void submit(e)} validationBehavior="aria" aria-label={label}>
      {draft.restoredAt && (
        <p className="draft-banner" role="status">
          Restored your unsaved changes from a draft.
        </p>
      )}
      {children}
      {saveError && (
        <p role="alert" className="error">
          Not saved: {saveError}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Button
          className="button"
          onPress={() => {
            // Cancelling is a decision to throw the changes away, so the draft goes too.
            draft.discard();
            form.reset(initial);
            onDone();
          }}
        >
          Cancel
        </Button>
      </div>
    </Form>
  );
}
