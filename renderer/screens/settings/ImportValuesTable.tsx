import { useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import type { ImportPreview } from '../../../core/api/methods/transfer';
import { OptionSelect } from '../../components/OptionSelect';
import { categoryOptions } from '../../format/cpd-labels';
import { TableHead } from '../../components/TableHead';

const NONE = '__none__';

type Value = ImportPreview['values'][number];

interface Props {
  field: ImportPreview['valueField'];
  values: ImportPreview['values'];
  disabled: boolean;
  /** A new target for one value; null leaves its rows without a category (or kind). */
  onChoose: (value: string, target: string | null) => void;
}

const categoryItems = [{ id: NONE, label: 'Uncategorised' }, ...categoryOptions.map((c) => ({ id: c.id, label: c.label }))];

/**
 * Each distinct value of the category (or kind) column, how many rows hold it, and what it will
 * become: a category picked from every scheme for CPD, free text for training kinds.
 */
export function ImportValuesTable({ field, values, disabled, onChoose }: Props) {
  if (values.length === 0) return null;
  const what = field === 'category' ? 'Category' : 'Kind';
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{what} values in the file and what each becomes</caption>
        <TableHead columns={['In the file', { label: 'Rows', className: 'num' }, 'Becomes']} />
        <tbody>
          {values.map((v) => (
            <tr key={v.value}>
              <th scope="row">
                {v.value}
                {v.target === null && !v.chosen && <span className="badge bad"> Not recognised</span>}
              </th>
              <td className="num">{v.rows}</td>
              <td>{field === 'category' ? <CategoryPicker value={v} disabled={disabled} onChoose={onChoose} /> : <KindField value={v} disabled={disabled} onChoose={onChoose} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CategoryPicker({ value, disabled, onChoose }: { value: Value; disabled: boolean; onChoose: Props['onChoose'] }) {
  return (
    <OptionSelect
      label={`Category for “${value.value}”`}
      hideLabel
      selectedKey={value.target ?? NONE}
      onSelectionChange={(key) => onChoose(value.value, key === NONE ? null : String(key))}
      options={categoryItems}
      isDisabled={disabled}
    />
  );
}

/** Training kinds are the user's own words; the change is sent when they leave the field or press Enter. */
function KindField({ value, disabled, onChoose }: { value: Value; disabled: boolean; onChoose: Props['onChoose'] }) {
  const [text, setText] = useState(value.target ?? '');
  const send = () => {
    if (text.trim() !== (value.target ?? '')) onChoose(value.value, text.trim() === '' ? null : text.trim());
  };
  return (
    <TextField className="field" value={text} onChange={setText} onBlur={send} onKeyDown={(e) => e.key === 'Enter' && send()} isDisabled={disabled} maxLength={60}>
      <Label className="visually-hidden">Kind for “{value.value}”</Label>
      <Input className="input" />
    </TextField>
  );
}
