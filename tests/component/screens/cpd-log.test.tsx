import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/errors';
import { ApiProvider } from '../../../renderer/api/api-context';
import { CpdLogScreen } from '../../../renderer/screens/cpd-log/CpdLogScreen';
import type { TechfolioApi } from '../../../core/api/contract';
import { makeCpdRecord } from '../../support/fixtures';
import { createFakeApi } from '../fake-api';

function renderScreen(api: TechfolioApi) {
  return render(
    <ApiProvider api={api}>
      <CpdLogScreen />
    </ApiProvider>,
  );
}

const existing = makeCpdRecord({ title: 'Autoclave validation course', startDate: '2025-03-25', hours: 1.5 });

describe('CPD log screen', () => {
  it('shows a loading state, then an empty state that says what to do', async () => {
    const { api } = createFakeApi();
    renderScreen(api);
    expect(screen.getByText(/Loading your records/)).toBeInTheDocument();
    expect(await screen.findByText(/No CPD logged yet/)).toBeInTheDocument();
  });

  it('lists records with UK dates', async () => {
    const { api } = createFakeApi([existing]);
    renderScreen(api);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('25/03/2025')).toBeInTheDocument();
    expect(within(table).getByText('Autoclave validation course')).toBeInTheDocument();
    expect(within(table).getByText('1 record')).toBeInTheDocument();
  });

  it('shows an error state when the records cannot be loaded', async () => {
    const { api } = createFakeApi();
    api.listCpd.mockRejectedValueOnce(new ApiError({ code: 'locked', message: 'This portfolio is already open in another window.' }));
    renderScreen(api);
    expect(await screen.findByRole('alert')).toHaveTextContent('already open in another window');
  });

  it('refuses an empty title and missing hours without calling the backend', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(api);
    await screen.findByText(/No CPD logged yet/);
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findByText('Enter a title for the activity.')).toBeInTheDocument();
    expect(screen.getByText('Enter the hours as a number, such as 1.5.')).toBeInTheDocument();
    expect(api.addCpd).not.toHaveBeenCalled();
  });

  it('saves a record typed by keyboard alone and shows it in the list', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(api);
    await screen.findByText(/No CPD logged yet/);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Laser safety for users');
    await user.type(screen.getByRole('textbox', { name: 'Hours' }), '2.5');
    await user.keyboard('{Enter}');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Laser safety for users')).toBeInTheDocument();
    expect(api.addCpd).toHaveBeenCalledWith(expect.objectContaining({ title: 'Laser safety for users', hours: 2.5 }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  });

  it('keeps what was typed when the save fails', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    api.addCpd.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The disk is full.' }));
    renderScreen(api);
    await screen.findByText(/No CPD logged yet/);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Fire warden refresher');
    await user.type(screen.getByRole('textbox', { name: 'Hours' }), '3');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: The disk is full.');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Fire warden refresher');
  });
});
