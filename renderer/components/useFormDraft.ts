import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useApiQuery } from '../api/queries';
import { clearDraft, draftKey, readDraft, writeDraft } from './form-drafts';
import { notify } from './notices';
import { useLeaveGuard } from './useLeaveGuard';

/** True when any field, however deeply nested (reflection answers, mapping notes), is marked changed. */
function hasChangedField(marks: unknown): boolean {
  if (marks === true) return true;
  if (marks && typeof marks === 'object') return Object.values(marks).some(hasChangedField);
  return false;
}

/**
 * Keeps a form's unsaved values in a local draft while it is dirty, restores the draft when the
 * form opens again (with a notice), and guards leaving. Call `discard()` after a successful save.
 * `ready` is false while the saved values are still loading, so a draft is not overwritten by them.
 * Drafts typed while the sample portfolio is open are kept apart from the user's own, so neither
 * is ever offered in the other.
 */
export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T>, kind: string, id: string | undefined, loaded = true) {
  const sample = useApiQuery('getSampleState', []);
  const ready = loaded && (sample.data !== undefined || sample.isError);
  const key = draftKey(sample.data?.exploring ? `sample.${kind}` : kind, id);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const restored = useRef(false);
  const { isDirty, dirtyFields } = form.formState;
  // isDirty can stay true after "Discard the draft" resets the form (a field left undefined never
  // compares equal); the per-field marks are what the user actually changed.
  const changed = isDirty && hasChangedField(dirtyFields);

  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const draft = readDraft<T>(key);
    if (draft) {
      form.reset(form.getValues(), { keepDefaultValues: true });
      for (const [name, value] of Object.entries(draft.values)) {
        form.setValue(name as never, value as never, { shouldDirty: true });
      }
      setRestoredAt(draft.savedAt);
      notify('Your unsaved changes were restored from a draft.', 'info');
    }
  }, [form, key, ready]);

  useEffect(() => {
    if (!ready) return;
    // Only edits to a field (they carry its name) write the draft; a reset after saving does not.
    const subscription = form.watch((values, { name }) => {
      if (name) writeDraft(key, values);
    });
    return () => subscription.unsubscribe();
  }, [form, key, ready]);

  useLeaveGuard(ready && (changed || restoredAt !== null));

  return {
    restoredAt,
    discard: () => {
      clearDraft(key);
      setRestoredAt(null);
    },
  };
}
