import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDeadlinesCalendar, collectDeadlines } from '../../../../core/calendar/deadlines';
import { CpdRecord } from '../../../../core/model/cpd-record';
import { Profile } from '../../../../core/model/profile';
import { Nudges } from '../../../../renderer/screens/dashboard/Nudges';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

const TODAY = '2026-05-01';
const profile = Profile.parse({ targetRegistrations: [{ frameworkId: 'sc-rscitech', targetDate: '2026-06-30' }], cpdTargets: [{ bodyId: 'ist', amount: 30, unit: 'hours' }] });
const records = [CpdRecord.parse({ id: 'cpd-record-0001', title: 'Autoclave course', type: 'course', startDate: '2026-02-02', hours: 3, createdAt: '2026-02-02T09:00:00.000Z', updatedAt: '2026-02-02T09:00:00.000Z' })];

async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

afterEach(() => vi.restoreAllMocks());

describe('the nudges card on the dashboard', () => {
  it('says what to do and links there, and downloads every deadline by keyboard alone', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], { profile });
    const text = buildDeadlinesCalendar(collectDeadlines({ profile, training: [], goals: [], registrationName: () => 'RSciTech' }, TODAY), new Date('2026-05-01T09:00:00Z'))!;
    api.exportDeadlinesCalendar.mockResolvedValue({ text, fileName: 'techfolio-deadlines-2026-05-01.ics', count: 2 });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:deadlines');
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { container } = renderScreen(<Nudges profile={profile} records={records} today={TODAY} />, api);

    expect(await screen.findByRole('heading', { name: 'Worth doing now' })).toBeInTheDocument();
    // Six weeks and more since the last CPD: log some.
    expect(screen.getByText(/No CPD logged for 12 weeks/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log CPD' })).toHaveAttribute('href', '/cpd/new');
    // The registration is 60 days away and no statement is written.
    expect(await screen.findByText(/you have not started your statements/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /statements$/ })).toHaveAttribute('href', '/frameworks/sc-rscitech');
    expect(await axeFindings(container)).toEqual([]);

    const button = screen.getByRole('button', { name: 'Add deadlines to my calendar' });
    for (let i = 0; i < 10 && document.activeElement !== button; i++) await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(api.exportDeadlinesCalendar).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Saved 2 deadlines as a calendar file. Open it with your calendar app to add them.')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('says when nothing needs a nudge, and when there are no deadlines to download', async () => {
    const user = userEvent.setup();
    const quiet = Profile.parse({});
    const { api } = createFakeApi([], { profile: quiet });
    api.exportDeadlinesCalendar.mockResolvedValue(null);
    renderScreen(<Nudges profile={quiet} records={[{ ...records[0]!, startDate: '2026-04-28' }]} today={TODAY} />, api);
    expect(await screen.findByText('You are keeping up: nothing needs a nudge.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add deadlines to my calendar' }));
    expect(await screen.findByText(/You have no deadlines yet/)).toBeInTheDocument();
  });
});
