import { useEffect } from 'react';
import { useApi } from '../api/api-context';
import { inboxMadeNotice } from '../format/inbox-run';
import { notify } from './notices';

/** How often the inbox folder is looked at while the app is open; polling is dependable on synced folders. */
export const INBOX_POLL_MS = 30_000;

/**
 * Looks at the inbox folder when the app starts and then every INBOX_POLL_MS, and says when new
 * drafts were made. A look that fails is tried again next time; only one look runs at a time.
 */
export function useInboxWatch(pollMs: number = INBOX_POLL_MS): void {
  const api = useApi();
  useEffect(() => {
    let stopped = false;
    let busy = false;
    const look = async () => {
      if (busy || stopped) return;
      busy = true;
      try {
        // Taking in is a write that refreshes every screen showing records or evidence: only when
        // something has arrived (or no folder is chosen, pending is 0).
        if ((await api.inboxPending()) === 0) return;
        const run = await api.checkInbox();
        if (!stopped && run.made.length > 0) notify(inboxMadeNotice(run.made.length));
      } catch {
        // The backend may be closing, or the folder offline: the next look tries again.
      } finally {
        busy = false;
      }
    };
    void look();
    const timer = setInterval(() => void look(), pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, pollMs]);
}
