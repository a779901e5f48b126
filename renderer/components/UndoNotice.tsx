import { forwardRef } from 'react';
import { Button } from 'react-aria-components';

/**
 * "3 records deleted. Undo": announced politely, and reachable by keyboard (the caller moves focus
 * to Undo when the rows that had it are gone). It stays until the user undoes, dismisses it or
 * makes another change it replaces: no timer takes the chance away from someone slow to reach it.
 */
export const UndoNotice = forwardRef<HTMLButtonElement, { message: string | null; onUndo: () => void; onDismiss: () => void; isBusy?: boolean }>(function UndoNotice(
  { message, onUndo, onDismiss, isBusy = false },
  undoRef,
) {
  return (
    <div className="undo-notice no-print" aria-live="polite">
      {message && (
        <>
          <span>{message}</span>
          <Button ref={undoRef} className="button" onPress={onUndo} isDisabled={isBusy}>
            Undo
          </Button>
          <Button className="button quiet" onPress={onDismiss} aria-label="Close, keeping the delete">
            ×
          </Button>
        </>
      )}
    </div>
  );
});
