import type { BrowserWindow, NotificationConstructorOptions } from 'electron';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { noticesToShow, startDailyChecks, type ShownNotices } from '../../core/notifications/due-notices';

/** The part of Electron's Notification class used here, so a fake can stand in for it. */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): { on(event: 'click', listener: () => void): unknown; show(): void };
  isSupported(): boolean;
}

export interface DueNotificationsDeps {
  Notification: NotificationClass;
  window: () => Pick<BrowserWindow, 'webContents' | 'show' | 'focus'> | null;
  listDueNotices: TechfolioApiImpl['listDueNotices'];
  /** What was shown on which day, kept beside the portfolio so a restart the same day does not repeat it. */
  shown: { get(): ShownNotices; set(shown: ShownNotices): void };
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  onError?: (error: unknown) => void;
}

/** Opens the app at a route through the hash router, like any link (and its guard against leaving unsaved work). */
export function openRoute(window: Pick<BrowserWindow, 'webContents' | 'show' | 'focus'> | null, route: string): void {
  if (!window || !route.startsWith('/')) return;
  window.show();
  window.focus();
  void window.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(`#${route}`)}`);
}

/**
 * System notifications for what falls due, at start and daily while the app is open, each opening
 * its screen when clicked. Nothing is shown while the user has not turned them on in Settings, and
 * nothing twice the same day.
 */
export function startDueNotifications(deps: DueNotificationsDeps): { stop(): void; checkNow(): Promise<void> } {
  const { Notification } = deps;
  if (!Notification.isSupported()) return { stop: () => {}, checkNow: async () => {} };
  const check = async () => {
    try {
      const due = await deps.listDueNotices();
      if (!due.enabled) return;
      const { show, shown } = noticesToShow(due.notices, deps.shown.get(), due.today);
      deps.shown.set(shown);
      for (const notice of show) {
        const notification = new Notification({ title: notice.title, body: notice.body });
        notification.on('click', () => openRoute(deps.window(), notice.route));
        notification.show();
      }
    } catch (error) {
      deps.onError?.(error);
    }
  };
  const stop = startDailyChecks({
    now: deps.now ?? (() => new Date()),
    setTimer: deps.setTimer ?? ((run, ms) => setTimeout(run, ms)),
    clearTimer: deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)),
    check,
  });
  // Also checked when the user turns notifications on, so they need not wait for the next day.
  return { stop, checkNow: check };
}

/** saveProfile, followed by a check when the saved profile has notifications on. */
export function checkAfterSavingProfile(saveProfile: TechfolioApiImpl['saveProfile'], checkNow: () => Promise<void>): TechfolioApiImpl['saveProfile'] {
  return async (profile) => {
    const saved = await saveProfile(profile);
    if (saved.notifyDue) void checkNow();
    return saved;
  };
}
