import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { CriterionMapping } from '../../core/model/mapping';
import { CriteriaPicker } from './CriteriaPicker';
import { EvidencePicker } from './EvidencePicker';
// The pickers' own styles live with the evidence screen, which may not have loaded yet.
import '../styles/evidence.css';

/** A form whose record cites evidence and shows criteria: CPD's kin (training, qualifications, activities). */
type Linked<T extends FieldValues> = { control: Control<T> };

/** The evidence items the record cites, in its form's `evidenceIds`. */
export function EvidenceIdsField<T extends FieldValues>({ control }: Linked<T>) {
  const { field } = useController({ control, name: 'evidenceIds' as FieldPath<T> });
  return <EvidencePicker value={field.value as string[] | undefined} onChange={field.onChange} />;
}

/** The criteria the record shows, in its form's `mappings`; coverage counts them. */
export function MappingsField<T extends FieldValues>({ control }: Linked<T>) {
  const { field } = useController({ control, name: 'mappings' as FieldPath<T> });
  const value = ((field.value ?? []) as CriterionMapping[]).map((m) => ({ ...m, note: m.note ?? '' }));
  // CriteriaPicker is its own fieldset, "Criteria this shows": wrapping it again made screen readers say it twice.
  return <CriteriaPicker value={value} onChange={field.onChange} />;
}
