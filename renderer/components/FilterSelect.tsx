import { useMemo } from 'react';
import { OptionSelect } from './OptionSelect';
import type { SelectOption } from './SelectMenu';

/** A filter choice where the first option, "any", means "do not filter". */
export function FilterSelect({ label, value, onChange, options, anyLabel }: { label: string; value: string; onChange: (value: string) => void; options: SelectOption[]; anyLabel: string }) {
  // The same list while the options are the same, so the choice's collection is not rebuilt.
  const withAny = useMemo(() => [{ id: '', label: anyLabel }, ...options], [anyLabel, options]);
  return <OptionSelect label={label} selectedKey={value} onSelectionChange={(key) => onChange(key ?? '')} options={withAny} />;
}
