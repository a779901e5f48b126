import { useController, type Control } from 'react-hook-form';
import { Input, Label, TextField } from 'react-aria-components';
import { CriteriaPicker } from '../../components/CriteriaPicker';
// The picker's own styles live with the evidence screen, which may not have loaded yet.
import '../../styles/evidence.css';
import type { CpdFormValues } from './cpd-form-values';

/** Which criteria this record shows: tick them per framework, then add a short note to each. */
export function CriteriaMappings({ control }: { control: Control<CpdFormValues> }) {
  const { field } = useController({ control, name: 'mappings' });
  const mappings = field.value ?? [];
  return (
    <div className="stack">
      <CriteriaPicker value={mappings} onChange={field.onChange} />
      {mappings.length > 0 && (
        <fieldset className="fieldset">
          <legend>Notes on each criterion (optional)</legend>
          {mappings.map((m, index) => (
            <TextField
              key={`${m.frameworkId}:${m.code}`}
              className="field"
              value={m.note ?? ''}
              onChange={(note) => field.onChange(mappings.map((x, i) => (i === index ? { ...x, note } : x)))}
            >
              <Label className="field-label">
                How this shows {m.code} <span className="muted">({m.frameworkId})</span>
              </Label>
              <Input className="input" />
            </TextField>
          ))}
        </fieldset>
      )}
    </div>
  );
}
