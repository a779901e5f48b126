import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationsSection } from '../../../../renderer/screens/settings/NotificationsSection';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

/** The browser's Notifications API: permission as the user answers, and every notification made. */
function stubNotifications(answer: NotificationPermission) {
  const made: { title: string; options: NotificationOptions; onclick: (() => void) | null }[] = [];
  const requestPermission = vi.fn(async () => {
    FakeNotification.permission = answer;
    return answer;
  });
  class FakeNotification {
    static permission: NotificationPermission = 'default';
    static requestPermission = requestPermission;
    onclick: (() => void) | null = null;
    constructor(title: string, options: NotificationOptions) {
      made.push(Object.assign(this, { title, options }));
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { made: made as unknown as (typeof made[number] & FakeNotification)[], requestPermission };
}

const notice = { key: 'training-1@techfolio.local', title: 'Renew: First aid at work', body: 'Due in 5 days, on 10/12/2026.', route: '/training', date: '2026-12-10' };

describe('notifications in Settings', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('is off until turned on; turning it on asks the browser, keeps the choice in the profile and shows what falls due', async () => {
    const user = userEvent.setup();
    const { made, requestPermission } = stubNotifications('granted');
    const { api, getProfile } = createFakeApi();
    api.listDueNotices.mockResolvedValue({ enabled: true, today: '2026-12-05', notices: [notice] });
    const { container } = renderScreen(<NotificationsSection />, api);
    const box = await screen.findByRole('checkbox', { name: 'Notify me when something falls due' });
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).not.toBeChecked();
    expect(requestPermission).not.toHaveBeenCalled();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await user.click(box);
    await waitFor(() => expect(getProfile().notifyDue).toBe(true));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(made.map((n) => n.title)).toEqual(['Renew: First aid at work']));
    made[0]!.onclick!();
    expect(window.location.hash).toBe('#/training');
    expect(JSON.parse(localStorage.getItem('techfolio.shownNotices')!)).toEqual({ [notice.key]: '2026-12-05' });
  });

  it('stays off, and says how to allow them, when the browser refuses', async () => {
    const user = userEvent.setup();
    stubNotifications('denied');
    const { api, getProfile } = createFakeApi();
    renderScreen(<NotificationsSection />, api);
    const box = await screen.findByRole('checkbox', { name: 'Notify me when something falls due' });
    await waitFor(() => expect(box).toBeEnabled());
    await user.click(box);
    expect(await screen.findByText(/did not allow notifications for this page/)).toBeInTheDocument();
    expect(getProfile().notifyDue).toBeUndefined();
    expect(api.saveProfile).not.toHaveBeenCalled();
  });
});
