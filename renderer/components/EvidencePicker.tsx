import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { formatUkDate } from '../../core/format/uk-date';
import { useEvidenceList } from '../api/use-evidence';
import { AddEvidenceFiles } from './AddEvidenceFiles';

type Props = {
  value: readonly string[] | undefined;
  onChange: (ids: string[]) => void;
  /** Offer to add new files here as well; without it, an empty library points to the Evidence screen. */
  addFiles?: boolean;
  emptyText?: string;
  linkLabel?: string;
  /** Adding from a record: new files take its date and ask for a title. */
  recordDate?: string | undefined;
};

/** The evidence an item cites: its linked items, each with Unlink, and a box to link more from the evidence library. */
export function EvidencePicker({
  value,
  onChange,
  addFiles = false,
  emptyText = 'No evidence linked. A certificate, photo, letter or link makes the record count for more.',
  linkLabel = 'Link evidence from your library',
  recordDate,
}: Props) {
  const evidence = useEvidenceList();
  const ids = [...(value ?? [])];
  const byId = new Map((evidence.data ?? []).map((item) => [item.id, item]));
  const available = (evidence.data ?? []).filter((item) => !ids.includes(item.id));
  return (
    <fieldset className="fieldset">
      <legend>Evidence</legend>
      {ids.length === 0 ? (
        <p className="muted">{emptyText}</p>
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
                <Button className="button small" onPress={() => onChange(ids.filter((x) => x !== id))} aria-label={`Unlink ${item?.title ?? 'evidence'}`}>
                  Unlink
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {addFiles && (
        <AddEvidenceFiles
          forRecord={{ date: recordDate }}
          onAdded={(items) => {
            onChange([...ids, ...items.map((item) => item.id).filter((id) => !ids.includes(id))]);
          }}
        />
      )}
      {available.length > 0 ? (
        <ComboBox
          className="field"
          selectedKey={null}
          onSelectionChange={(key) => {
            if (key !== null) onChange([...ids, String(key)]);
          }}
          defaultItems={available}
        >
          <Label className="field-label">{linkLabel}</Label>
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
        !addFiles && ids.length === 0 && <p className="muted small">Add files, notes or links on the Evidence screen, then link them here.</p>
      )}
    </fieldset>
  );
}
