import { Button } from 'react-aria-components';

/** A table row's Edit and Delete buttons, each named with the row's item for screen readers. */
export function EditDeleteActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <div className="row end">
      <Button className="button small" onPress={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </Button>
      <Button className="button small quiet" onPress={onDelete} aria-label={`Delete ${name}`}>
        Delete
      </Button>
    </div>
  );
}
