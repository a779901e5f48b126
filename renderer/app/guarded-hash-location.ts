import { navigate as hashNavigate, useHashLocation } from 'wouter/use-hash-location';
import { confirmLeave } from '../components/leave-guard';

type NavigateOptions = Parameters<typeof hashNavigate>[1];

/** Hash routing that asks before leaving a screen with unsaved changes. */
export function guardedNavigate(to: string, options?: NavigateOptions): void {
  if (confirmLeave()) hashNavigate(to, options);
}

export function useGuardedHashLocation(): [string, typeof guardedNavigate] {
  const [location] = useHashLocation();
  return [location, guardedNavigate];
}
useGuardedHashLocation.hrefs = (href: string) => `#${href}`;

/**
 * The Back button and typed addresses change the hash without asking the router. This listener is
 * added before the router's own, so when the user chooses to stay it puts the address back before
 * the router sees the change.
 */
export function guardHashChanges(win: Window = window): () => void {
  let acceptedUrl = win.location.href;
  const onHashChange = (event: HashChangeEvent | Event) => {
    if (win.location.href === acceptedUrl) return;
    if (confirmLeave((message) => win.confirm(message))) {
      acceptedUrl = win.location.href;
      return;
    }
    event.stopImmediatePropagation();
    win.history.replaceState(win.history.state, '', acceptedUrl);
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}
