import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { ArchivePreview } from '../../../../core/api/methods/transfer';
import { RestoreSection } from '../../../../renderer/screens/settings/RestoreSection';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

const ARCHIVE_ID = '7d0f6f2e-2f7b-4c1e-9d55-0f1a2b3c4d5e';
const PREVIEW: ArchivePreview = {
  createdAt: '2025-05-20T14:30:00.000Z',
  appVersion: '1.2.0',
  counts: { cpd: 39, training: 4, evidence: 12, evidenceFiles: 9 },
  currentCounts: { cpd: 41, training: 4, evidence: 12 },
  currentIsEmpty: false,
  merge: { added: 2, updated: 1, unchanged: 50, keptNewer: 3 },
};

async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

function restoreApi() {
  const fake = createFakeApi();
  const { api } = fake;
  api.chooseRestoreArchive.mockResolvedValue({ status: 'upload' });
  api.uploadRestoreArchive.mockImplementation(async ({ fileName }) => ({ archiveId: ARCHIVE_ID, fileName, bytes: 2048 }));
  api.previewRestoreArchive.mockResolvedValue(PREVIEW);
  api.getRestoreProgress.mockResolvedValue(null);
  api.discardRestoreArchive.mockResolvedValue({ discarded: true });
  api.restoreReceivedArchive.mockResolvedValue({
    counts: { cpd: 39, training: 4, evidence: 12, evidenceFiles: 9 },
    backupFileName: 'portfolio-2025-06-01T09-00-00-000Z-before-restore.json',
    fromSchemaVersion: 2,
    merge: { added: 2, updated: 1, unchanged: 50, keptNewer: [{ list: 'cpd', label: 'HPLC course' }], profileTaken: false },
  });
  return fake;
}

describe('restoring from the settings screen', () => {
  it('browser mode: choose an archive by keyboard, see what it holds, merge after a backup, and hear what happened', async () => {
    const user = userEvent.setup();
    const { api } = restoreApi();
    const { container } = renderScreen(<RestoreSection />, api);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    let pickerOpened = false;
    input.addEventListener('click', () => (pickerOpened = true));

    await user.tab();
    expect(screen.getByRole('button', { name: 'Choose a backup archive…' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(pickerOpened).toBe(true));
    await user.upload(input, new File(['zip bytes'], 'techfolio-2025-05-20.techfolio'));

    const preview = await screen.findByRole('group', { name: 'techfolio-2025-05-20.techfolio' });
    expect(api.uploadRestoreArchive).toHaveBeenCalledWith({ fileName: 'techfolio-2025-05-20.techfolio', dataBase64: btoa('zip bytes') });
    expect(preview).toHaveTextContent('20/05/2025');
    expect(preview).toHaveTextContent('39 CPD records, 4 training records, 12 evidence items, 9 evidence files');
    expect(within(preview).getByRole('radio', { name: /Merge: add 2 missing, update 1 .*keep your 3 newer/ })).toBeChecked();
    expect(await axeFindings(container)).toEqual([]);

    await user.click(within(preview).getByRole('button', { name: 'Back up, then merge' }));
    const report = (await screen.findByRole('heading', { name: 'Merged the backup archive into your portfolio.' })).closest('[role="status"]') as HTMLElement;
    expect(api.restoreReceivedArchive).toHaveBeenCalledWith({ archiveId: ARCHIVE_ID, mode: 'merge' });
    expect(report).toHaveTextContent('Kept your newer copy of 1 record: “HPLC course”');
    expect(report).toHaveTextContent('portfolio-2025-06-01T09-00-00-000Z-before-restore.json');
  });

  it('replace is a choice, and the desktop dialog’s file skips the page’s picker', async () => {
    const user = userEvent.setup();
    const { api } = restoreApi();
    api.chooseRestoreArchive.mockResolvedValue({ status: 'chosen', archiveId: ARCHIVE_ID, fileName: 'from-usb.techfolio', bytes: 4096 });
    renderScreen(<RestoreSection />, api);
    await user.click(screen.getByRole('button', { name: 'Choose a backup archive…' }));
    const preview = await screen.findByRole('group', { name: 'from-usb.techfolio' });
    expect(api.uploadRestoreArchive).not.toHaveBeenCalled();
    await user.click(within(preview).getByRole('radio', { name: 'Replace everything with the archive' }));
    await user.click(within(preview).getByRole('button', { name: 'Back up, then replace' }));
    await waitFor(() => expect(api.restoreReceivedArchive).toHaveBeenCalledWith({ archiveId: ARCHIVE_ID, mode: 'replace' }));
  });

  it('shows how far a large restore has got while it runs', async () => {
    const user = userEvent.setup();
    const { api } = restoreApi();
    api.chooseRestoreArchive.mockResolvedValue({ status: 'chosen', archiveId: ARCHIVE_ID, fileName: 'large.techfolio', bytes: 900 * 1024 * 1024 });
    let finish: (value: Awaited<ReturnType<typeof api.restoreReceivedArchive>>) => void = () => undefined;
    api.restoreReceivedArchive.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    api.getRestoreProgress.mockResolvedValue({ phase: 'evidence', done: 120, total: 400 });
    renderScreen(<RestoreSection />, api);
    await user.click(screen.getByRole('button', { name: 'Choose a backup archive…' }));
    await user.click(within(await screen.findByRole('group', { name: 'large.techfolio' })).getByRole('button', { name: 'Back up, then merge' }));
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar).toHaveTextContent('Bringing in evidence files (120 of 400)'));
    expect(bar).toHaveAttribute('aria-valuenow', '120');
    expect(api.getRestoreProgress).toHaveBeenCalledWith(ARCHIVE_ID);
    finish({ counts: { cpd: 1, training: 0, evidence: 400, evidenceFiles: 400 }, backupFileName: null, fromSchemaVersion: 2, merge: { added: 401, updated: 0, unchanged: 0, keptNewer: [], profileTaken: false } });
    expect(await screen.findByRole('heading', { name: 'Merged the backup archive into your portfolio.' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('cancelling discards the received copy and restores nothing', async () => {
    const user = userEvent.setup();
    const { api } = restoreApi();
    api.chooseRestoreArchive.mockResolvedValue({ status: 'chosen', archiveId: ARCHIVE_ID, fileName: 'old.techfolio', bytes: 4096 });
    renderScreen(<RestoreSection />, api);
    await user.click(screen.getByRole('button', { name: 'Choose a backup archive…' }));
    await user.click(within(await screen.findByRole('group', { name: 'old.techfolio' })).getByRole('button', { name: 'Cancel' }));
    expect(api.discardRestoreArchive).toHaveBeenCalledWith(ARCHIVE_ID);
    expect(api.restoreReceivedArchive).not.toHaveBeenCalled();
  });

  it('a refused archive says why and that nothing changed', async () => {
    const user = userEvent.setup();
    const { api } = restoreApi();
    api.chooseRestoreArchive.mockResolvedValue({ status: 'chosen', archiveId: ARCHIVE_ID, fileName: 'bad.techfolio', bytes: 10 });
    api.previewRestoreArchive.mockRejectedValue(new Error('This is not a Techfolio backup archive.'));
    renderScreen(<RestoreSection />, api);
    await user.click(screen.getByRole('button', { name: 'Choose a backup archive…' }));
    expect(await screen.findByText('This is not a Techfolio backup archive.')).toBeInTheDocument();
    expect(screen.getByText('Your portfolio has not been changed.')).toBeInTheDocument();
  });

  it('lists the kept backups with when and why, previews one and restores it after a backup', async () => {
    const user = userEvent.setup();
    const { api } = restoreApi();
    api.previewBackup.mockResolvedValue({ fileName: 'portfolio-2025-06-01.json', createdAt: '2025-06-01T09:00:00.000Z', reason: 'daily', counts: { cpd: 10, training: 1, evidence: 2 }, currentCounts: { cpd: 12, training: 1, evidence: 2 } });
    api.restoreBackup.mockResolvedValue({ counts: { cpd: 10, training: 1, evidence: 2 }, restoredFrom: 'portfolio-2025-06-01.json', backupFileName: 'portfolio-2025-06-02T10-00-00-000Z-before-restore.json', missingEvidenceFiles: 0 });
    const { container } = renderScreen(<RestoreSection />, api);
    const table = await screen.findByRole('table', { name: 'From a backup kept on this computer' });
    expect(table).toHaveTextContent('Daily backup');
    await user.click(within(table).getByRole('button', { name: /Preview the backup made 01\/06\/2025/ }));
    const preview = await screen.findByRole('group', { name: /Backup made 01\/06\/2025/ });
    expect(preview).toHaveTextContent('10 CPD records');
    expect(preview).toHaveTextContent('12 CPD records');
    expect(await axeFindings(container)).toEqual([]);
    await user.click(within(preview).getByRole('button', { name: 'Back up, then restore this backup' }));
    expect(await screen.findByText(/kept as the backup portfolio-2025-06-02T10-00-00-000Z-before-restore\.json/)).toBeInTheDocument();
    expect(api.restoreBackup).toHaveBeenCalledWith('portfolio-2025-06-01.json');
  });

  it('the menu’s address brings the section into view with focus on its heading', async () => {
    const { api } = restoreApi();
    renderScreen(<RestoreSection />, api, { path: '/settings/restore' });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Restore' })).toHaveFocus());
  });
});
