import { useQuery } from '@tanstack/react-query';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';

/** The evidence a record or rating cites: link items from the evidence library, or unlink them. */
export function EvidencePickerField({ value, onChange }: { value: readonly string[] | undefined; onChange: (ids: string[]) => void }) {
  const api = useApi();
  const evidence = useQuery({ queryKey: ['evidence'], queryFn: () => api.listEvidence() });
  const ids = [...(value ?? [])];
  const field = { onChange };
  const byId = new Map((evidence.data ?? []).map((item) => [item.id, item]));
  const available = (evidence.data ?? []).filter((item) => !ids.includes(item.id));
  return (
    <fieldset className="fieldset">
      <legend>Evidence</legend>
      {ids.length === 0 ? (
        <p className="muted">No evidence linked. A certificate, photo, letter or link makes the record count for more.</p>
      ) : (
        <ul className="list-plain" aria-label="Linked evidence">
          {ids.map((id) => {
            const item = byId.get(id);
            return (
              <li key={id} className="spread">
                <span>
                  <strong>{item?.title ?? 'Evidence'}</strong>
                  {item && <span className="muted"> · {formatUkDate(item.date)}</span>}
                </span>
                <Button className="button small" onPress={() => field.onChange(ids.filter((x) => x !== id))} aria-label={`Unlink ${item?.title ?? 'evidence'}`}>
                  Unlink
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {available.length > 0 ? (
        <ComboBox className="field" selectedKey={null} onSelectionChange={(key) => key !== null && field.onChange([...ids, String(key)])} defaultItems={available}>
          <Label className="field-label">Link evidence from your library</Label>
          <div className="combo">
            <Input className="input" placeholder="Type to find by title" />
            <Button className="date-button" aria-label="Show evidence">
              ▾
            </Button>
          </div>
          <Popover className="popover">
            <ListBox className="listbox">
              {(item: (typeof available)[number]) => (
                <ListBoxItem id={item.id} className="listbox-item" textValue={item.title}>
                  {item.title} <span className="muted">({formatUkDate(item.date)})</span>
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      ) : (
        ids.length === 0 && <p className="muted small">Add files, notes or links on the Evidence screen, then link them here.</p>
      )}
    </fieldset>
  );
}
