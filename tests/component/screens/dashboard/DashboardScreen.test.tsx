import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import type { FrameworkCoverage } from '../../../../core/coverage/schema';
import { TrainingRecord } from '../../../../core/model/training';
import { DashboardScreen } from '../../../../renderer/screens/dashboard/DashboardScreen';
import { localToday } from '../../../../core/format/today';
import { makeCpdRecord } from '../../../support/fixtures';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';

const today = localToday(new Date());
const year = today.slice(0, 4);
const addDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localToday(d);
};

const coverage: FrameworkCoverage = {
  frameworkId: 'sc-rscitech',
  asOf: today,
  recentYears: 3,
  criteria: [],
  unresolved: [],
  matrix: { columns: [], rows: [] },
  summary: { criteriaCount: 15, evidencedCount: 8, statementCount: 4, gapCodes: ['A3', 'B3'], oldOnlyCodes: [], overLimitCodes: [], readiness: 40, rules: [] },
};

const profile = {
  name: 'Siân Łukasz-Øvergaard',
  preferredName: 'Siân',
  professionalBodies: [{ bodyId: 'ist', name: 'Institute of Science and Technology', membershipNumber: '', grade: '' }],
  targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: 'ist' }],
  cpdTargets: [{ bodyId: 'ist', amount: 30, unit: 'hours' as const }],
};

const stamp = '2025-06-01T09:00:00.000Z';
const training = (course: string, expiryDate?: string) =>
  TrainingRecord.parse({ id: `training-${course.replace(/\W/g, '').toLowerCase().padEnd(8, 'x')}`, course, completedDate: '2020-01-01', expiryDate, createdAt: stamp, updatedAt: stamp });

describe('dashboard', () => {
  it('shows a loading state while the profile and records load', () => {
    const { api } = createFakeApi();
    api.listCpd.mockReturnValueOnce(never());
    renderScreen(<DashboardScreen />, api);
    expect(screen.getByText(/Loading your dashboard/)).toBeInTheDocument();
  });

  it('shows an error state when the records cannot be read', async () => {
    const { api } = createFakeApi();
    api.listCpd.mockRejectedValueOnce(new ApiError({ code: 'locked', message: 'This portfolio is already open in another window.' }));
    renderScreen(<DashboardScreen />, api);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your dashboard: This portfolio is already open in another window.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('guides a new user: quick actions, and where to set targets and registrations', async () => {
    const { api } = createFakeApi();
    renderScreen(<DashboardScreen />, api);
    expect(await screen.findByText(/Set a yearly CPD target/)).toBeInTheDocument();
    expect(screen.getByText(/Choose the registration you are working towards/)).toBeInTheDocument();
    // An empty portfolio is pointed to its first step, not praised.
    expect(screen.queryByText(/Nice work/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'first CPD record' })).toHaveAttribute('href', '/cpd/new');
    expect(screen.getByRole('link', { name: 'Open the first-run guide' })).toHaveAttribute('href', '/welcome');
    expect(screen.getByRole('link', { name: 'Log CPD' })).toHaveAttribute('href', '/cpd/new');
    expect(screen.getByRole('link', { name: 'Add evidence' })).toHaveAttribute('href', '/evidence');
  });

  it('shows progress against targets, readiness, and every kind of reminder', async () => {
    const records = [
      makeCpdRecord({ title: 'HPLC workshop', startDate: `${year}-01-15`, hours: 6, category: 'formal' }),
      makeCpdRecord({ title: 'Supervising students', startDate: `${year}-01-20`, hours: 4, category: 'work-based' }),
      makeCpdRecord({ title: 'Unfinished reading notes', startDate: `${year}-01-22`, hours: 1, status: 'draft' }),
    ];
    const { api } = createFakeApi(records, {
      profile,
      coverage: { 'sc-rscitech': coverage },
      training: [training('Manual handling', addDays(-10)), training('First aid at work', addDays(25)), training('Laser safety', addDays(400))],
      audits: {
        'science-council': {
          bodyId: 'science-council',
          name: 'Science Council CPD standards',
          period: { from: `${year}-01-01`, to: today },
          status: 'fail',
          results: [{ ruleId: 'types', title: 'Mix of activity types', status: 'fail', summary: 'Two types of activity found.', missing: ['Add an activity of a third type.'], countingRecordIds: [] }],
        },
      },
    });
    renderScreen(<DashboardScreen />, api);
    expect(await screen.findByText('Welcome back, Siân. Here is where your portfolio stands.')).toBeInTheDocument();
    const targets = screen.getByRole('region', { name: 'CPD this year' });
    expect(within(targets).getByRole('meter', { name: 'Institute of Science and Technology' })).toHaveAttribute('aria-valuetext', '10 hours of 30');
    expect(within(targets).getByText('Formal / educational')).toBeInTheDocument();
    const readiness = screen.getByRole('region', { name: 'Registration readiness' });
    expect(await within(readiness).findByRole('meter')).toHaveAttribute('aria-valuetext', '40% ready');
    expect(within(readiness).getByText(/8 of 15 criteria evidenced/)).toHaveTextContent('gaps: A3, B3');
    const reminders = screen.getByRole('region', { name: /Reminders/ });
    expect(within(reminders).getByText(/Manual handling/).closest('li')).toHaveTextContent('Expired');
    expect(within(reminders).getByText(/First aid at work/).closest('li')).toHaveTextContent('Expires in 25 days');
    expect(within(reminders).queryByText(/Laser safety/)).not.toBeInTheDocument();
    expect(within(reminders).getByRole('link', { name: 'Unfinished reading notes' })).toBeInTheDocument();
    expect(await within(reminders).findByText(/Mix of activity types/)).toBeInTheDocument();
    expect(within(reminders).getByText('Add an activity of a third type.')).toBeInTheDocument();
    expect(api.evaluateCpdRules).toHaveBeenCalledWith('science-council');
    expect(screen.getByRole('table', { hidden: true, name: /Hours of complete CPD per month/ })).toBeInTheDocument();
  });
});
