import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackJob } from '../../../../core/api/methods/pack';
import { ApiError } from '../../../../core/api/errors';
import type { PreflightReport } from '../../../../core/pack/pack-options';
import { PackScreen } from '../../../../renderer/screens/pack/PackScreen';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';
import { rscitech } from '../framework-fixtures';

const report: PreflightReport = {
  findings: [
    { kind: 'no-evidence', severity: 'warning', message: 'A3 cites no evidence. Map a certificate, record or document to it.', target: { screen: 'statement', frameworkId: 'sc-rscitech', code: 'A3' } },
    { kind: 'missing-statement', severity: 'error', message: 'A2 has no statement yet.', target: { screen: 'statement', frameworkId: 'sc-rscitech', code: 'A2' } },
    { kind: 'evidence-old', severity: 'warning', message: 'HND certificate is older than 3 years.', target: { screen: 'evidence', id: 'cert-0001' } },
  ],
  size: { bytes: 3 * 1024 * 1024, budgetBytes: 20 * 1024 * 1024, imageDpi: 200, atDpi: [] },
  pages: 42,
};
const made = { exportId: 'export-0001', fileName: 'RSciTech application - 2026-01-15.pdf', bytes: 2_400_000, pages: 42, findings: [] };
const job = (fields: Partial<PackJob>): PackJob => ({ jobId: 'job-00000001', kind: 'pack', status: 'running', progress: { done: 3, total: 10, stage: 'evidence' }, findings: [], ...fields });

function setup() {
  return createFakeApi([], { frameworks: [rscitech], profile: { targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: '' }] } });
}

describe('Application pack screen', () => {
  beforeEach(() => localStorage.clear());

  it('shows a loading state while the frameworks load', () => {
    const { api } = setup();
    api.listFrameworks.mockReturnValueOnce(never());
    renderScreen(<PackScreen />, api, { path: '/pack' });
    expect(screen.getByText(/Loading frameworks/)).toBeInTheDocument();
  });

  it('shows an error with a retry, and an empty state without registrations', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.listFrameworks.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'Could not read the frameworks.' }));
    renderScreen(<PackScreen />, api, { path: '/pack' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not read the frameworks.');
    api.listFrameworks.mockResolvedValueOnce([]);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No registration frameworks are installed.')).toBeInTheDocument();
  });

  it('refuses a CPD period that ends before it starts', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderScreen(<PackScreen />, api, { path: '/pack' });
    const to = await screen.findByRole('textbox', { name: 'CPD to' });
    await user.clear(to);
    await user.type(to, '1/1/2001');
    await user.click(screen.getByRole('button', { name: 'Check the pack' }));
    expect(await screen.findByText('The CPD period ends before it starts.')).toBeInTheDocument();
    expect(api.preflightPack).not.toHaveBeenCalled();
  });

  it('runs preflight for the target framework and links each finding to where it is fixed, errors first', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.preflightPack.mockResolvedValueOnce(report);
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Check the pack' }));
    const section = await screen.findByRole('region', { name: 'Before you make it' });
    expect(api.preflightPack).toHaveBeenCalledWith(expect.objectContaining({ frameworkId: 'sc-rscitech', maxMb: 20 }));
    expect(section).toHaveTextContent('About 42 pages and 3 MB, against your budget of 300 pages and 20 MB.');
    expect(section).toHaveTextContent('every page of the pack carries the band “DRAFT: 1 item to fix before sending”');
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Must fix A2 has no statement yet\./);
    expect(within(items[0]!).getByRole('link', { name: 'Fix this: A2 has no statement yet.' })).toHaveAttribute('href', '/frameworks/sc-rscitech/A2');
    expect(within(items[2]!).getByRole('link', { name: /^Fix this: HND certificate/ })).toHaveAttribute('href', '/evidence');
  });

  it('makes the pack with progress, and reports where the finished file is', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.startPack.mockResolvedValueOnce({ jobId: 'job-00000001' });
    api.getPackJob.mockResolvedValueOnce(job({})).mockResolvedValue(job({ status: 'done', progress: { done: 10, total: 10, stage: 'saving' }, result: made }));
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Make the pack' }));
    const progress = await screen.findByRole('progressbar', { name: 'Making the pack' });
    expect(progress).toHaveAttribute('aria-valuenow', '3');
    expect(progress).toHaveTextContent('Adding evidence…');
    expect(await screen.findByText(made.fileName)).toBeInTheDocument();
    expect(screen.getByText(/42 pages, 2.3 MB/)).toBeInTheDocument();
    expect(screen.getByText(/\/fake\/exports/)).toBeInTheDocument();
  });

  it('saves the made pack where the desktop save dialog says, and says where', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.startPack.mockResolvedValueOnce({ jobId: 'job-00000001' });
    api.getPackJob.mockResolvedValue(job({ status: 'done', progress: { done: 10, total: 10, stage: 'saving' }, result: made }));
    api.saveExport.mockResolvedValueOnce({ status: 'saved', path: '/home/sian/RSciTech application.pdf' });
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Make the pack' }));
    await user.click(await screen.findByRole('button', { name: 'Save the pack…' }));
    expect(await screen.findByText('Saved to /home/sian/RSciTech application.pdf.')).toBeInTheDocument();
    expect(api.saveExport).toHaveBeenCalledWith('export-0001', made.fileName);
  });

  it('keeps the pack waiting when the save dialog is cancelled', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.startPack.mockResolvedValueOnce({ jobId: 'job-00000001' });
    api.getPackJob.mockResolvedValue(job({ status: 'done', progress: { done: 10, total: 10, stage: 'saving' }, result: made }));
    api.saveExport.mockResolvedValueOnce({ status: 'cancelled' });
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Make the pack' }));
    await user.click(await screen.findByRole('button', { name: 'Save the pack…' }));
    await waitFor(() => expect(api.saveExport).toHaveBeenCalledTimes(1));
    expect(screen.getByText(/Until you save it, it waits in the exports folder/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save the pack…' })).toBeEnabled();
  });

  it('cancels a running pack', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.startPack.mockResolvedValueOnce({ jobId: 'job-00000001' });
    api.getPackJob.mockResolvedValueOnce(job({})).mockResolvedValue(job({ status: 'cancelled' }));
    api.cancelPack.mockResolvedValueOnce({ cancelled: true });
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Make the pack' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled. Nothing was saved.')).toBeInTheDocument();
    expect(api.cancelPack).toHaveBeenCalledWith('job-00000001');
  });

  it('says why a pack failed', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.startPack.mockResolvedValueOnce({ jobId: 'job-00000001' });
    api.getPackJob.mockResolvedValue(job({ status: 'failed', error: 'The certificate laser.pdf is encrypted: save an unlocked copy.' }));
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Make the pack' }));
    expect(await screen.findByText(/is encrypted: save an unlocked copy/)).toBeInTheDocument();
  });

  it('exports the statements as plain text: a download, shown on screen for printing', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.exportStatementsText.mockResolvedValueOnce({ text: 'A1 Apply the concepts\n\nI planned the shielding.', fileName: 'RSciTech statements - 2026-01-15.txt' });
    // jsdom has no object URLs; the download itself is the browser's job.
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: vi.fn(() => 'blob:statements'), revokeObjectURL: vi.fn() }));
    const clicks: string[] = [];
    const onClick = (e: MouseEvent) => {
      const a = e.target as HTMLAnchorElement;
      clicks.push(a.download);
      e.preventDefault();
    };
    document.addEventListener('click', onClick);
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Export statements as plain text' }));
    expect(await screen.findByLabelText('Your statements as plain text')).toHaveTextContent('I planned the shielding.');
    expect(api.exportStatementsText).toHaveBeenCalledWith('sc-rscitech');
    await waitFor(() => expect(clicks).toEqual(['RSciTech statements - 2026-01-15.txt']));
    document.removeEventListener('click', onClick);
    vi.unstubAllGlobals();
  });

  it('makes a CPD summary PDF for the chosen dates', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.makeCpdSummary.mockResolvedValueOnce({ ...made, fileName: 'CPD summary.pdf', pages: 3 });
    renderScreen(<PackScreen />, api, { path: '/pack' });
    await user.click(await screen.findByRole('button', { name: 'Make a CPD summary PDF' }));
    expect(await screen.findByText('CPD summary.pdf')).toBeInTheDocument();
    expect(api.makeCpdSummary).toHaveBeenCalledWith({ from: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), to: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
  });
});
