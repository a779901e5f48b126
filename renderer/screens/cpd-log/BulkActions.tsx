import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { OptionSelect } from '../../components/OptionSelect';
import { categoryOptions } from '../../format/cpd-labels';

const NONE = '__none__';
const splitTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];

export interface BulkActionsProps {
  count: number;
  busy: boolean;
  onCategory: (category: string | null) => void;
  onTags: (change: { addTags: string[]; removeTags: string[] }) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What can be done to every selected row at once: one save each, all rows or none. */
export function BulkActions({ count, busy, onCategory, onTags, onDelete, onClear }: BulkActionsProps) {
  const [category, setCategory] = useState<string | null>(null);
  const [addTags, setAddTags] = useState('');
  const [removeTags, setRemoveTags] = useState('');
  const tagsChosen = splitTags(addTags).length + splitTags(removeTags).length > 0;
  return (
    <section className="card bulk-actions no-print" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className="h3">
        {count} {count === 1 ? 'record' : 'records'} selected
      </h2>
      <div className="bulk-row">
        <OptionSelect label="Category" selectedKey={category} onSelectionChange={setCategory} options={[{ id: NONE, label: 'No category' }, ...categoryOptions]} />
        <Button className="button" isDisabled={busy || category === null} onPress={() => onCategory(category === NONE ? null : category)}>
          Set category
        </Button>
      </div>
      <div className="bulk-row">
        <TextField className="field" value={addTags} onChange={setAddTags}>
          <Label className="field-label">Add tags (commas between)</Label>
          <Input className="input" />
        </TextField>
        <TextField className="field" value={removeTags} onChange={setRemoveTags}>
          <Label className="field-label">Remove tags</Label>
          <Input className="input" />
        </TextField>
        <Button
          className="button"
          isDisabled={busy || !tagsChosen}
          onPress={() => {
            onTags({ addTags: splitTags(addTags), removeTags: splitTags(removeTags) });
            setAddTags('');
            setRemoveTags('');
          }}
        >
          Change tags
        </Button>
      </div>
      <div className="form-actions">
        <Button className="button danger" isDisabled={busy} onPress={onDelete}>
          Delete {count === 1 ? 'the selected record' : `${count} selected records`}
        </Button>
        <Button className="button quiet" onPress={onClear}>
          Clear selection
        </Button>
      </div>
    </section>
  );
}
