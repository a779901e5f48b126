import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { TechfolioApi } from '../../../../core/api/contract';
import { formatBytes } from '../../../../core/format/bytes';
import type { PreparedSubmission, SubmissionOptions } from '../../../../core/submission/prepared';
import { summariseProfiles } from '../../../../core/submission/schema';
import { loadSubmissionProfiles } from '../../../../electron/submission/profile-files';
import { SubmissionSection } from '../../../../renderer/screens/pack/SubmissionSection';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** What the backend answers for the generic profile when the certificates cannot fit (as electron/submission writes it). */
const prepared = (options: SubmissionOptions): PreparedSubmission => ({
  submissionId: 'submission-0000aaaa',
  folder: '/data/exports/submission-0000aaaa',
  profileId: options.profileId ?? 'iet-career-manager',
  profileName: 'Generic: one PDF up to 20 MB',
  files: [
    { name: 'EngTech Application pack - Siân Jones.pdf', role: 'application-pack', status: 'written', bytes: 421_888, pages: 71, limitBytes: 20_971_520, message: 'Application pack: 412 KB, 71 pages.' },
    { name: 'EngTech Qualification certificates - Siân Jones.pdf', role: 'certificates', status: 'not-written', bytes: 900_000, pages: 61, limitBytes: 500_000, message: 'Qualification certificates not written: at its smallest it is 879 KB, over the 488 KB limit.' },
    { name: 'CV - Siân Jones.docx', role: 'word-copy', status: 'written', bytes: 9_700, message: 'Word copy: 9.5 KB.' },
  ],
  fields: [
    { label: 'Competence statements', code: 'A1', unit: 'words', count: 312, over: false },
    { label: 'Competence statements', code: 'A2', unit: 'words', count: 520, limit: 500, over: true },
  ],
  complete: false,
});

describe('the submission files section', () => {
  it("offers the route's own profile first and generic too, prepares by keyboard, and shows each file's size against its limit", async () => {
    const user = userEvent.setup();
    const profiles = await loadSubmissionProfiles(path.resolve('assets'));
    const { api } = createFakeApi([], {});
    const calls = api as unknown as Record<keyof TechfolioApi, unknown>;
    calls.listSubmissionProfiles = vi.fn(async (id: string) => summariseProfiles(profiles, id));
    const prepare = vi.fn(async (options: SubmissionOptions) => prepared(options));
    calls.prepareSubmission = prepare;
    const { container } = renderScreen(<SubmissionSection frameworkId="ukspec4-engtech" />, api);

    const picker = await screen.findByRole('button', { name: /Body's rules/ });
    expect(picker).toHaveTextContent('IET Career Manager: one file per document type, each under 0.5 MB (this route’s own)');
    expect(await axeFindings(container)).toEqual([]);

    picker.focus();
    await user.keyboard('{Enter}');
    const generic = await screen.findByRole('option', { name: 'Generic: one PDF up to 20 MB' });
    for (let i = 0; i < 10 && document.activeElement !== generic; i++) await user.keyboard('{ArrowDown}');
    expect(generic).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(picker).toHaveTextContent('Generic: one PDF up to 20 MB');
    // The list closes and gives focus back to the picker as it animates out: Tab moves on from there.
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    await waitFor(() => expect(picker).toHaveFocus());

    await user.tab();
    expect(screen.getByRole('button', { name: 'Prepare submission files' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(prepare).toHaveBeenCalledWith({ frameworkId: 'ukspec4-engtech', profileId: 'generic' });

    const table = await screen.findByRole('table');
    const pack = within(table).getByRole('row', { name: /Application pack/ });
    expect(pack).toHaveTextContent(`${formatBytes(421_888)} of ${formatBytes(20_971_520)}`);
    expect(pack).toHaveTextContent('Written');
    const certificates = within(table).getByRole('row', { name: /Qualification certificates/ });
    expect(certificates).toHaveTextContent(`${formatBytes(900_000)} of ${formatBytes(500_000)}`);
    expect(certificates).toHaveTextContent('Not written: Qualification certificates not written');
    expect(screen.getByText(/Some files could not be made to meet the profile/)).toBeInTheDocument();
    expect(screen.getByText(/A2: 520 words of at most 500/)).toHaveTextContent('over the limit');
    expect(await axeFindings(container)).toEqual([]);
  });

  it('opens the prepared folder in the desktop app', async () => {
    const user = userEvent.setup();
    const profiles = await loadSubmissionProfiles(path.resolve('assets'));
    const { api } = createFakeApi([], {});
    const calls = api as unknown as Record<keyof TechfolioApi, unknown>;
    calls.getInfo = vi.fn(async () => ({ name: 'Techfolio', version: '0.0.0', dataDir: '/data', transport: 'desktop' as const }));
    calls.listSubmissionProfiles = vi.fn(async (id: string) => summariseProfiles(profiles, id));
    calls.prepareSubmission = vi.fn(async (options: SubmissionOptions) => prepared(options));
    const openFolder = vi.fn(async () => ({ status: 'opened' as const }));
    calls.openSubmissionFolder = openFolder;
    const { container } = renderScreen(<SubmissionSection frameworkId="ukspec4-engtech" />, api);

    await user.click(await screen.findByRole('button', { name: 'Prepare submission files' }));
    await user.click(await screen.findByRole('button', { name: 'Open the folder' }));
    expect(openFolder).toHaveBeenCalledWith('submission-0000aaaa');
    expect(screen.getByRole('button', { name: 'Save the folder as one .zip' })).toBeInTheDocument();
    expect(await axeFindings(container)).toEqual([]);
  });
});
