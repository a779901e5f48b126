import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { format, subYears } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { CpdLogScreen } from '../../../../renderer/screens/cpd-log/CpdLogScreen';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

const made = { exportId: 'appraisal-0001', fileName: 'Appraisal - Siân Jones - 2025-12-05 to 2026-12-05.docx', bytes: 9000, pages: 1, findings: [] };

describe('the appraisal pack dialog on the CPD log', () => {
  it('makes the pack from the last review (a year ago unless changed) as Word, and saves it', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    api.makeAppraisalPack.mockResolvedValueOnce(made);
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    await user.click(await screen.findByRole('button', { name: 'Appraisal pack…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Appraisal pack' });
    const field = screen.getByRole('textbox', { name: /Date of your last review/ });
    expect(field).toHaveValue(format(subYears(new Date(), 1), 'dd/MM/yyyy'));
    const results = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await user.click(screen.getByRole('radio', { name: /Word document/ }));
    await user.click(screen.getByRole('button', { name: 'Make and save' }));
    await waitFor(() => expect(api.saveExport).toHaveBeenCalledWith(made.exportId, made.fileName));
    expect(api.makeAppraisalPack).toHaveBeenCalledWith({ since: format(subYears(new Date(), 1), 'yyyy-MM-dd'), format: 'docx' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says why when the date is missing, and what failed when the pack is refused', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    await user.click(await screen.findByRole('button', { name: 'Appraisal pack…' }));
    await user.clear(screen.getByRole('textbox', { name: /Date of your last review/ }));
    await user.click(screen.getByRole('button', { name: 'Make and save' }));
    expect(await screen.findByText('Give the date of your last review.')).toBeInTheDocument();
    expect(api.makeAppraisalPack).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: /Date of your last review/ }), '01/04/2025');
    await user.click(screen.getByRole('button', { name: 'Make and save' }));
    expect(await screen.findByText('The appraisal pack was not made: makeAppraisalPack is not available in this test.')).toHaveAttribute('role', 'alert');
  });
});
