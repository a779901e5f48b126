import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardScreen } from '../../../../renderer/screens/dashboard/DashboardScreen';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

describe('the dashboard tells what the startup check did', () => {
  it('shows a repair, with what was recovered and from where, as an alert', async () => {
    const { api } = createFakeApi();
    const message =
      'Your portfolio could not be opened (portfolio.json was missing), so it was rebuilt from /data/portfolio.journal, the second copy Techfolio keeps of every save. It holds 20 CPD records, 0 training records, 0 evidence items: nothing you saved has been lost.';
    const status = await api.getStorageStatus();
    api.getStorageStatus.mockResolvedValue({ ...status, startupCheck: { outcome: 'recovered', message, restoredFrom: '/data/portfolio.journal' } });
    renderScreen(<DashboardScreen />, api);
    expect(await screen.findByRole('alert', { name: 'When Techfolio started' })).toHaveTextContent(message);
  });

  it('shows tightened permissions on an otherwise normal start as a status, and nothing on a plain start', async () => {
    const { api } = createFakeApi();
    const status = await api.getStorageStatus();
    const note = '4 files and folders in /data could be read by other accounts on this computer; they are now readable by you alone.';
    api.getStorageStatus.mockResolvedValue({ ...status, startupCheck: { outcome: 'ok', message: 'Checked.', notes: [note] } });
    const { unmount } = renderScreen(<DashboardScreen />, api);
    expect(await screen.findByRole('status', { name: 'When Techfolio started' })).toHaveTextContent(note);
    unmount();

    const plain = createFakeApi().api;
    renderScreen(<DashboardScreen />, plain);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.queryByLabelText('When Techfolio started')).toBeNull();
    expect(screen.queryByText('Checked.')).toBeNull();
  });
});
