import { useController, useWatch, type Control } from 'react-hook-form';
import { EvidencePicker } from '../../components/EvidencePicker';
import type { CpdFormValues } from './cpd-form-values';

/** The evidence this record links to: add new files (drop or choose), link existing items, unlink. */
export function EvidenceLinks({ control }: { control: Control<CpdFormValues> }) {
  const { field } = useController({ control, name: 'evidenceIds' });
  const date = useWatch({ control, name: 'startDate' });
  return (
    <EvidencePicker
      value={field.value}
      onChange={field.onChange}
      addFiles
      recordDate={date || undefined}
      emptyText="No evidence linked yet. A certificate, photo or note makes the record count for more."
      linkLabel="Link evidence you already have"
    />
  );
}
