import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Activity } from '../../../../core/model/commitment';
import { CpdLogScreen } from '../../../../renderer/screens/cpd-log/CpdLogScreen';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';
import { makeCpdRecord } from '../../../support/fixtures';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

const stamp = '2025-06-01T09:00:00.000Z';
const activities = ONE_OF_EACH.map((a, i) => Activity.parse({ ...a, id: `activity-${String(i).padStart(4, '0')}`, createdAt: stamp, updatedAt: stamp }));

describe('the CPD log\'s "Kind of record" filter', () => {
  beforeEach(() => sessionStorage.clear());

  it('offers each Technician Commitment kind as its own type, and shows that kind\'s records instead of CPD', async () => {
    const user = userEvent.setup();
    renderScreen(<CpdLogScreen />, createFakeApi([makeCpdRecord({ title: 'Autoclave validation course', startDate: '2025-03-25', hours: 1.5 })], { activities }).api, { path: '/cpd' });
    expect(await screen.findByRole('link', { name: 'Autoclave validation course' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Kind of record/ }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'CPD activities',
      'Contributions to research outputs',
      'Outreach and public engagement',
      'Awards and recognition',
      'Committees, networks and roles',
      'Secondments and development programmes',
      'People trained and mentored',
    ]);
    await user.click(screen.getByRole('option', { name: 'Awards and recognition' }));
    const list = await screen.findByRole('list', { name: 'Awards and recognition' });
    expect(within(list).getByRole('link', { name: 'Technician of the Year' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Autoclave validation course' })).toBeNull();
    expect(sessionStorage.getItem('techfolio.cpd-log.record-type')).toBe('recognition');
  });

  it('searches the chosen kind with the log\'s search words', async () => {
    const user = userEvent.setup();
    sessionStorage.setItem('techfolio.cpd-log.record-type', 'people-developed');
    renderScreen(<CpdLogScreen />, createFakeApi([makeCpdRecord({ title: 'Autoclave validation course', startDate: '2025-03-25', hours: 1.5 })], { activities }).api, { path: '/cpd' });
    expect(await screen.findByRole('link', { name: 'Two laboratory apprentices' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zebrafish');
    expect(await screen.findByText(/No people trained and mentored match/)).toBeInTheDocument();
  });
});
