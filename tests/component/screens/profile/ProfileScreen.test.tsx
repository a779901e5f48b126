import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { Employment } from '../../../../core/model/career';
import { ProfileScreen } from '../../../../renderer/screens/profile/ProfileScreen';
import { createFakeApi } from '../../fake-api';
import { rscitech } from '../framework-fixtures';
import { never, renderScreen } from '../../render-screen';

const job = Employment.parse({ id: 'employment-0001', employer: 'University of Northmoor', role: 'Senior Laboratory Technician', startDate: '2019-09-01', createdAt: '2025-06-01T09:00:00.000Z', updatedAt: '2025-06-01T09:00:00.000Z' });

describe('profile screen', () => {
  beforeEach(() => localStorage.clear());

  it('shows a loading state, then an error state with a retry', async () => {
    const pending = createFakeApi().api;
    pending.getProfile.mockReturnValueOnce(never());
    const { unmount } = renderScreen(<ProfileScreen />, pending);
    expect(screen.getByText(/Loading your profile/)).toBeInTheDocument();
    unmount();
    const { api } = createFakeApi();
    api.getProfile.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The portfolio file could not be read.' }));
    renderScreen(<ProfileScreen />, api);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your profile: The portfolio file could not be read.');
  });

  it('saves a name in any script, with a professional body and a CPD target', async () => {
    const user = userEvent.setup();
    const { api, getProfile } = createFakeApi();
    renderScreen(<ProfileScreen />, api);
    await user.type(await screen.findByRole('textbox', { name: /Full name/ }), 'Siân Łukasz-Øvergaard 王秀英');
    await user.click(screen.getByRole('button', { name: 'Add a body' }));
    await user.type(screen.getByRole('textbox', { name: /Short name/ }), 'IST');
    await user.click(screen.getByRole('button', { name: 'Add a target' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(getProfile().name).toBe('Siân Łukasz-Øvergaard 王秀英'));
    expect(getProfile().professionalBodies).toEqual([{ bodyId: 'IST', name: '', membershipNumber: '', grade: '' }]);
    expect(getProfile().cpdTargets).toEqual([{ bodyId: 'IST', amount: 30, unit: 'hours' }]);
  });

  it('sets the CPD year and changes the CPD target outside the first-run guide, and shows them again when reopened', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const { api, getProfile } = createFakeApi();
    const { unmount } = renderScreen(<ProfileScreen />, api);
    const year = await screen.findByRole('button', { name: /Your CPD year runs over/ });
    expect(year).toHaveTextContent('Not set (the calendar year is used)');
    await user.click(year);
    await user.click(await screen.findByRole('option', { name: 'The academic year (August to July)' }));
    await user.click(screen.getByRole('button', { name: 'Add a target' }));
    await user.type(screen.getByRole('textbox', { name: /Body \(short name\)/ }), 'IST');
    const amount = screen.getByRole('textbox', { name: /Amount a year/ });
    await user.clear(amount);
    await user.type(amount, '45');
    await user.click(screen.getByRole('button', { name: /Counted in/ }));
    await user.click(await screen.findByRole('option', { name: 'Points' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(getProfile().cpdYear).toBe('academic'));
    expect(getProfile().cpdTargets).toEqual([{ bodyId: 'IST', amount: 45, unit: 'points' }]);
    unmount();

    renderScreen(<ProfileScreen />, api);
    expect(await screen.findByRole('button', { name: /Your CPD year runs over/ })).toHaveTextContent('The academic year (August to July)');
    expect(screen.getByRole('textbox', { name: /Amount a year/ })).toHaveValue('45');
    await user.click(screen.getByRole('button', { name: /Your CPD year runs over/ }));
    await user.click(await screen.findByRole('option', { name: 'My membership year' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(getProfile().cpdYear).toBe('membership'));
  });

  it('refuses a professional body without a short name', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<ProfileScreen />, api);
    await user.click(await screen.findByRole('button', { name: 'Add a body' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByRole('textbox', { name: /Short name/ })).toHaveAttribute('aria-invalid', 'true');
    expect(api.saveProfile).not.toHaveBeenCalled();
  });

  it('lists employment, shows an empty state, and validates a new job', async () => {
    const user = userEvent.setup();
    const { api, employment } = createFakeApi([], { employment: [job] });
    renderScreen(<ProfileScreen />, api);
    await user.click(await screen.findByRole('tab', { name: 'Employment' }));
    expect(await screen.findByText('Senior Laboratory Technician, University of Northmoor')).toBeInTheDocument();
    expect(screen.getByText(/01\/09\/2019 to now/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add job' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add job' });
    await user.click(within(dialog).getByRole('button', { name: 'Add job' }));
    expect(await within(dialog).findByText('Enter the job title.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the employer.')).toBeInTheDocument();
    expect(employment).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('tab', { name: 'Qualifications' }));
    expect(await screen.findByText('Nothing here yet.')).toBeInTheDocument();
  });

  it('a qualification cites its evidence and shows criteria, as CPD does', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], { frameworks: [rscitech] });
    renderScreen(<ProfileScreen />, api);
    await user.click(await screen.findByRole('tab', { name: 'Qualifications' }));
    await user.click(await screen.findByRole('button', { name: /^Add (your first )?qualification$/ }));
    const dialog = await screen.findByRole('dialog', { name: /qualification/i });
    expect(within(dialog).getByRole('group', { name: 'Evidence' })).toBeInTheDocument();
    expect(await within(dialog).findByRole('group', { name: /Criteria this shows/ })).toBeInTheDocument();
  });
});
