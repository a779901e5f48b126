import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CpdLogScreen } from '../../../../renderer/screens/cpd-log/CpdLogScreen';
import { ImportSection } from '../../../../renderer/screens/settings/ImportSection';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

const SEVEN_ROWS = [
  'Date,Activity,Hours,Type',
  '03/02/2025,HPLC course,6,Course',
  '04/02/2025,Mass spec webinar,1,Webinar',
  '05/02/2025,Analytical conference,7,Conference',
  '06/02/2025,Journal paper,1,Reading',
  '07/02/2025,Fire safety,2,Training',
  '08/02/2025,Biobank talk,1,Seminar',
  '09/02/2025,Bench tidy-up,1,Wibble',
].join('\n');

async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

async function upload(container: HTMLElement, text: string, name = 'log.csv') {
  const user = userEvent.setup();
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File([text], name, { type: 'text/csv' }));
  return user;
}

describe('import section', () => {
  it('the CPD log links to it, and the link lands on its heading', async () => {
    const log = renderScreen(<CpdLogScreen />, createFakeApi().api);
    expect(screen.getByRole('link', { name: 'Import from a spreadsheet' })).toHaveAttribute('href', '/settings#import-heading');
    log.unmount();
    window.location.hash = '#import-heading';
    renderScreen(<ImportSection />, createFakeApi().api);
    expect(screen.getByRole('heading', { name: 'Import from a spreadsheet' })).toHaveFocus();
    window.location.hash = '';
  });

  const made: Blob[] = [];
  beforeEach(() => {
    made.length = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (made.push(blob), 'blob:report'), revokeObjectURL: () => undefined }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists each category value with what it becomes, keeps the unknown one, and passes axe', async () => {
    const { api } = createFakeApi();
    const { container } = renderScreen(<ImportSection />, api);
    await upload(container, SEVEN_ROWS);
    expect(await screen.findByText('log.csv: 7 rows ready, 0 rejected')).toBeInTheDocument();
    const values = screen.getByRole('table', { name: 'Category values in the file and what each becomes' });
    const picker = (value: string) => within(values).getByRole('button', { name: new RegExp(`Category for “${value}”$`) });
    expect(within(values).getAllByRole('button')).toHaveLength(7);
    for (const value of ['Course', 'Webinar', 'Training', 'Seminar']) expect(picker(value)).toHaveTextContent('Formal / educational');
    expect(picker('Conference')).toHaveTextContent('Professional activity');
    expect(picker('Reading')).toHaveTextContent('Self-directed learning');
    expect(picker('Wibble')).toHaveTextContent('Uncategorised');
    expect(within(values).getByText('Not recognised').closest('tr')).toHaveTextContent(/^Wibble/);
    expect(await axeFindings(container)).toEqual([]);
  });

  it('a value mapped by keyboard is sent as a value choice, and the unknown value then imports categorised', async () => {
    const { api, records } = createFakeApi();
    const { container } = renderScreen(<ImportSection />, api);
    const user = await upload(container, SEVEN_ROWS);
    // Focus goes to the preview's summary once the file is read, and to the outcome once imported.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'log.csv: 7 rows ready, 0 rejected' })).toHaveFocus());
    screen.getByRole('button', { name: /Category for “Wibble”/ }).focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('option', { name: 'Work-based learning (Science Council S2.1)' }));
    await waitFor(() => expect(api.previewImport).toHaveBeenLastCalledWith(expect.objectContaining({ values: { category: { Wibble: 'work-based' } } })));
    await waitFor(() => expect(screen.getByRole('button', { name: /Category for “Wibble”/ })).toHaveTextContent('Work-based learning'));
    await user.click(screen.getByRole('button', { name: 'Import all 7 rows' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Imported 7 records.' })).toHaveFocus());
    expect(records.find((r) => r.title === 'Bench tidy-up')?.category).toBe('work-based');
  });

  it('"Not imported" is sent as null and stays chosen', async () => {
    const { api } = createFakeApi();
    const { container } = renderScreen(<ImportSection />, api);
    const user = await upload(container, SEVEN_ROWS);
    await screen.findByText('log.csv: 7 rows ready, 0 rejected');
    await user.click(screen.getByRole('button', { name: / Category$/ }));
    await user.click(await screen.findByRole('option', { name: 'Not imported' }));
    await waitFor(() => expect(api.previewImport).toHaveBeenLastCalledWith(expect.objectContaining({ mapping: expect.objectContaining({ category: null, title: 'Activity' }) })));
    await waitFor(() => expect(screen.queryByRole('table', { name: /Category values/ })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: / Category$/ })).toHaveTextContent('Not imported');
  });

  it('shows how many rows are already there, skips them by default, and offers the report as CSV', async () => {
    const { api, records } = createFakeApi();
    const { container } = renderScreen(<ImportSection />, api);
    const user = await upload(container, SEVEN_ROWS);
    await user.click(await screen.findByRole('button', { name: 'Import all 7 rows' }));
    await screen.findByRole('heading', { name: 'Imported 7 records.' });
    await upload(container, SEVEN_ROWS);
    expect(await screen.findByText('log.csv: 0 rows ready, 0 rejected, 7 already there')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Skip them' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Import all 0 rows' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Download the 7 rows not imported as written (CSV)' }));
    const csv = await made[0]!.text();
    expect(csv).toContain('"Row","Outcome","Reason","Date","Activity","Hours","Type"');
    expect(csv).toContain('"2","Not imported: already there"');
    expect(records).toHaveLength(7);
    expect(await axeFindings(container)).toEqual([]);
  });
});
