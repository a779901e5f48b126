import type { ReactNode } from 'react';

/** Text for screen readers only (labels, live announcements), kept out of the visual layout. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span className="visually-hidden" id={id}>
      {children}
    </span>
  );
}
