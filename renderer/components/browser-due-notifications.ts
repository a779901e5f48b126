import { useEffect } from 'react';
import type { TechfolioApi } from '../../core/api/contract';
import { noticesToShow, startDailyChecks, type ShownNotices } from '../../core/notifications/due-notices';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';

const SHOWN_KEY = 'techfolio.shownNotices';

function readShown(storage: Storage): ShownNotices {
  try {
    const value: unknown = JSON.parse(storage.getItem(SHOWN_KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as ShownNotices) : {};
  } catch {
    return {};
  }
}

/** Whether this browser can notify, and the user has let this page do so. */
export const browserMayNotify = (): boolean => typeof Notification !== 'undefined' && Notification.permission === 'granted';

/**
 * One check in browser mode: what falls due, through the Notifications API, each shown once a day
 * (remembered in this browser's storage) and opening its screen when clicked.
 */
export async function showBrowserDueNotices(api: Pick<TechfolioApi, 'listDueNotices'>, win: Window = window): Promise<number> {
  if (!browserMayNotify()) return 0;
  const due = await api.listDueNotices();
  if (!due.enabled) return 0;
  const { show, shown } = noticesToShow(due.notices, readShown(win.localStorage), due.today);
  win.localStorage.setItem(SHOWN_KEY, JSON.stringify(shown));
  for (const notice of show) {
    const notification = new Notification(notice.title, { body: notice.body, tag: notice.key });
    notification.onclick = () => {
      win.focus();
      win.location.hash = `#${notice.route}`;
    };
  }
  return show.length;
}

/**
 * Browser mode's notifications for what falls due: at start, when turned on, and daily while the
 * page is open. The desktop app notifies from its shell (electron/shell/due-notifications.ts).
 */
export function useBrowserDueNotifications(): void {
  const api = useApi();
  const info = useApiQuery('getInfo', []);
  const profile = useApiQuery('getProfile', []);
  const active = info.data?.transport === 'web' && profile.data?.notifyDue === true;
  useEffect(() => {
    if (!active) return;
    return startDailyChecks({
      now: () => new Date(),
      check: async () => void (await showBrowserDueNotices(api)),
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (timer) => window.clearTimeout(timer as number),
    });
  }, [active, api]);
}
