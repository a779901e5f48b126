import type { ReactNode } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { Button, Form } from 'react-aria-components';
import { FormActions } from './FormActions';
import { notify } from './notices';
import { useSaveError } from './useSaveError';
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
  const { saveError, attempt } = useSaveError();

  const submit = form.handleSubmit((values) =>
    attempt(async () => {
      const notice = await save(values);
      draft.discard();
      form.reset(values);
      notify(notice);
      onDone();
    }),
  );

  return (
    <Form className="form" onSubmit={(e) => void submit(e)} validationBehavior="aria" aria-label={label}>
      {draft.restoredAt && (
        <p className="draft-banner" role="status">
          Restored your unsaved changes from a draft.
        </p>
      )}
      {children}
      <FormActions error={saveError} submitLabel={submitLabel} isSubmitting={form.formState.isSubmitting}>
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
      </FormActions>
    </Form>
  );
}
