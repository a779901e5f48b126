import { useEffect, useId } from 'react';
import { holdLeave, releaseLeave } from './leave-guard';

/** While `dirty`, leaving the screen (route change, reload, closing the window) asks first. */
export function useLeaveGuard(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    holdLeave(id);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      releaseLeave(id);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, id]);
}
