/**
 * Forms with unsaved changes register here; the router asks before leaving a screen, and the
 * window asks before closing or reloading. One place, so every way out is covered.
 */
const active = new Set<string>();

export const LEAVE_MESSAGE = 'You have changes that are not saved yet. Leave this screen? (A draft is kept on this computer.)';

export function holdLeave(id: string): void {
  active.add(id);
}

export function releaseLeave(id: string): void {
  active.delete(id);
}

export function hasUnsavedWork(): boolean {
  return active.size > 0;
}

/** True when it is fine to leave: nothing unsaved, or the user agreed. */
export function confirmLeave(ask: (message: string) => boolean = (m) => window.confirm(m)): boolean {
  if (!hasUnsavedWork()) return true;
  const ok = ask(LEAVE_MESSAGE);
  if (ok) active.clear();
  return ok;
}

/** After a save or a deliberate discard: nothing is left to warn about, even before the form unmounts. */
export function forgetUnsavedWork(): void {
  active.clear();
}
