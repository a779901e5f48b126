import type { NotificationConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ShownNotices } from '../../../../core/notifications/due-notices';
import { checkAfterSavingProfile, startDueNotifications } from '../../../../electron/shell/due-notifications';

/** A fake of Electron's Notification: records what was shown, and lets a test click it. */
function fakeNotifications(supported = true) {
  const shown: { options: NotificationConstructorOptions; click: () => void }[] = [];
  class FakeNotification {
    private clickListener = () => {};
    constructor(readonly options: NotificationConstructorOptions) {}
    static isSupported = () => supported;
    on(_event: 'click', listener: () => void) {
      this.clickListener = listener;
    }
    show() {
      shown.push({ options: this.options, click: () => this.clickListener() });
    }
  }
  return { Notification: FakeNotification, shown };
}

function fakeWindow() {
  const scripts: string[] = [];
  const calls: string[] = [];
  return { scripts, calls, window: { show: () => calls.push('show'), focus: () => calls.push('focus'), webContents: { executeJavaScript: async (s: string) => scripts.push(s) } } };
}

const notice = { key: 'training-1@techfolio.local', title: 'Renew: First aid at work', body: 'Due in 5 days, on 10/12/2026.', route: '/training', date: '2026-12-10' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('due notifications in the desktop shell', () => {
  it('shows what falls due at start, and a click opens its screen', async () => {
    const { Notification, shown } = fakeNotifications();
    const win = fakeWindow();
    let store: ShownNotices = {};
    const timers: number[] = [];
    startDueNotifications({
      Notification,
      window: () => win.window as never,
      listDueNotices: async () => ({ enabled: true, today: '2026-12-05', notices: [notice] }),
      shown: { get: () => store, set: (s) => (store = s) },
      now: () => new Date(2026, 11, 5, 10, 0),
      setTimer: (_run, ms) => timers.push(ms),
      clearTimer: () => {},
    });
    await settle();
    expect(shown.map((s) => s.options)).toEqual([{ title: 'Renew: First aid at work', body: 'Due in 5 days, on 10/12/2026.' }]);
    expect(store).toEqual({ [notice.key]: '2026-12-05' });
    expect(timers).toEqual([23 * 3_600_000]);
    shown[0]!.click();
    expect(win.calls).toEqual(['show', 'focus']);
    expect(win.scripts).toEqual(['window.location.hash = "#/training"']);
  });

  it('shows nothing already shown today, as after a restart the same day', async () => {
    const { Notification, shown } = fakeNotifications();
    startDueNotifications({
      Notification,
      window: () => null,
      listDueNotices: async () => ({ enabled: true, today: '2026-12-05', notices: [notice] }),
      shown: { get: () => ({ [notice.key]: '2026-12-05' }), set: () => {} },
      setTimer: () => 0,
      clearTimer: () => {},
    });
    await settle();
    expect(shown).toEqual([]);
  });

  it('shows nothing while notifications are off in Settings, and does nothing where the system has none', async () => {
    const off = fakeNotifications();
    startDueNotifications({ Notification: off.Notification, window: () => null, listDueNotices: async () => ({ enabled: false, today: '2026-12-05', notices: [] }), shown: { get: () => ({}), set: () => {} }, setTimer: () => 0, clearTimer: () => {} });
    const unsupported = fakeNotifications(false);
    let asked = false;
    startDueNotifications({
      Notification: unsupported.Notification,
      window: () => null,
      listDueNotices: async () => {
        asked = true;
        return { enabled: true, today: '2026-12-05', notices: [notice] };
      },
      shown: { get: () => ({}), set: () => {} },
    });
    await settle();
    expect(off.shown).toEqual([]);
    expect(unsupported.shown).toEqual([]);
    expect(asked).toBe(false);
  });

  it('checks again when the profile is saved with notifications on, not when off', async () => {
    const checks: string[] = [];
    const save = checkAfterSavingProfile(async (profile) => profile as never, async () => void checks.push('check'));
    await save({ notifyDue: false } as never);
    expect(checks).toEqual([]);
    await save({ notifyDue: true } as never);
    expect(checks).toEqual(['check']);
  });
});
