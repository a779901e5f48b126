import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { SettingsScreen } from '../../../../renderer/screens/settings/SettingsScreen';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';

describe('settings screen', () => {
  beforeEach(() => localStorage.clear());

  it('switches to the dark theme and larger text at once, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<SettingsScreen />, api);
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Larger' }));
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.25');
    expect(JSON.parse(localStorage.getItem('techfolio.display') ?? '{}')).toEqual({ theme: 'dark', textSize: 'larger' });
  });

  it('shows the data folder, the start-up check and the backups', async () => {
    const { api } = createFakeApi();
    renderScreen(<SettingsScreen />, api);
    expect(await screen.findByText('/fake')).toBeInTheDocument();
    expect(screen.getByText('Your portfolio was checked and is in good order.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Backups kept/ })).toHaveTextContent('portfolio-2025-06-01.json');
  });

  it('shows loading and error states for the storage details', async () => {
    const pending = createFakeApi().api;
    pending.getStorageStatus.mockReturnValue(never());
    const { unmount } = renderScreen(<SettingsScreen />, pending);
    expect(screen.getByText(/Loading the storage details/)).toBeInTheDocument();
    unmount();
    const { api } = createFakeApi();
    api.getStorageStatus.mockRejectedValue(new ApiError({ code: 'internal', message: 'The data folder cannot be read.' }));
    renderScreen(<SettingsScreen />, api);
    expect(await screen.findByText(/Could not load the storage details: The data folder cannot be read./)).toBeInTheDocument();
  });

  it('previews an import with its rejected rows by row number, then imports only the valid rows', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    const { container } = renderScreen(<SettingsScreen />, api);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['Date,Activity,Hours\n03/02/2025,HPLC workshop,6\nsoon,Reading,x\n'], 'cpd.csv', { type: 'text/csv' }));
    expect(await screen.findByText('cpd.csv: 1 row ready, 1 rejected')).toBeInTheDocument();
    expect(screen.getByText(/^Row 3: Date: "soon" is not a date/)).toBeInTheDocument();
    expect(api.previewImport).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'cpd.csv', dataBase64: expect.stringMatching(/^RGF0ZS/) }));
    await user.click(screen.getByRole('button', { name: 'Import the 1 valid rows' }));
    await waitFor(() => expect(api.commitImport).toHaveBeenCalledWith(expect.objectContaining({ mode: 'valid-only', fileName: 'cpd.csv' })));
    expect(await screen.findByText(/Imported 1 record; 1 row was left out/)).toBeInTheDocument();
  });

  it('makes a backup archive, saves it where the user chooses and reports where it went', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<SettingsScreen />, api);
    await screen.findByText('/fake');
    await user.click(screen.getByRole('button', { name: 'Make a backup archive' }));
    expect(await screen.findByText('File: techfolio-2025-06-01.techfolio (4 KB)')).toBeInTheDocument();
    expect(screen.getByText('Saved to /home/technician/Documents/techfolio-2025-06-01.techfolio.')).toBeInTheDocument();
    expect(api.saveExport).toHaveBeenCalledWith('fake-export', 'techfolio-2025-06-01.techfolio');
  });
});
