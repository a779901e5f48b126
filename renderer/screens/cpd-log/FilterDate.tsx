import { parseDate } from '@internationalized/date';
import { DateInput, DatePicker, DateSegment, Group, Label } from 'react-aria-components';

/** A date filter typed as dd/mm/yyyy; empty means "no limit". */
export function FilterDate({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <DatePicker className="field" value={value ? parseDate(value) : null} onChange={(date) => onChange(date ? date.toString() : '')}>
      <Label className="field-label">{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      </Group>
    </DatePicker>
  );
}
