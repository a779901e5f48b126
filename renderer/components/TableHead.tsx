import { VisuallyHidden } from './VisuallyHidden';

/**
 * A column heading: its text, or the text with a class (`num` for a right-aligned number), or
 * `hidden` for a column of row buttons, named for screen readers and blank on screen.
 */
export type Column = string | { label: string; className?: string; hidden?: boolean };

/** A table's header row: one scoped heading a column, so each cell is read with its heading. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => {
          const { label, className, hidden } = typeof column === 'string' ? { label: column } : column;
          return (
            <th key={i} scope="col" className={className}>
              {hidden ? <VisuallyHidden>{label}</VisuallyHidden> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** The heading of a column of row buttons in a table that draws its own headings. */
export function ActionsHeading({ label = 'Actions' }: { label?: string }) {
  return (
    <th scope="col">
      <VisuallyHidden>{label}</VisuallyHidden>
    </th>
  );
}
