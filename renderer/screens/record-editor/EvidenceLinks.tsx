import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useController, type Control } from 'react-hook-form';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';
import { AddEvidenceFiles } from '../evidence/AddEvidenceFiles';
import type { CpdFormValues } from './cpd-form-values';

/** The evidence this record links to: add new files (drop or choose), link existing items, unlink. */
export function EvidenceLinks({ control }: { control: Control<CpdFormValues> }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const evidence = useQuery({ queryKey: ['evidence'], queryFn: () => api.listEvidence() });
  const { field } = useController({ control, name: 'evidenceIds' });
  const ids = field.value ?? [];
  const byId = new Map((evidence.data ?? []).map((item) => [item.id, item]));
  const available = (evidence.data ?? []).filter((item) => !ids.includes(item.id));

  return (
    <fieldset className="fieldset">
      <legend>Evidence</legend>
      {ids.length === 0 ? (
        <p className="muted">No evidence linked yet. A certificate, photo or note makes the record count for more.</p>
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
      <AddEvidenceFiles
        onAdded={(items) => {
          field.onChange([...ids, ...items.map((item) => item.id).filter((id) => !ids.includes(id))]);
          void queryClient.invalidateQueries({ queryKey: ['evidence'] });
        }}
      />
      {available.length > 0 && (
        <ComboBox
          className="field"
          selectedKey={null}
          onSelectionChange={(key) => {
            if (key !== null) field.onChange([...ids, String(key)]);
          }}
          defaultItems={available}
        >
          <Label className="field-label">Link evidence you already have</Label>
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
      )}
    </fieldset>
  );
}
