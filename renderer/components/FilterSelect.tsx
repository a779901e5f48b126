import { OptionSelect, type SelectOption } from './OptionSelect';

/** A filter choice where the first option, "any", means "do not filter". */
export function FilterSelect({ label, value, onChange, options, anyLabel }: { label: string; value: string; onChange: (value: string) => void; options: SelectOption[]; anyLabel: string }) {
  return <OptionSelect label={label} selectedKey={value} onSelectionChange={(key) => onChange(key ?? '')} options={[{ id: '', label: anyLabel }, ...options]} />;
}
