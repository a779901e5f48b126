import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { CpdLogScreen } from '../../../../renderer/screens/cpd-log/CpdLogScreen';
import { makeCpdRecord } from '../../../support/fixtures';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

const autoclave = makeCpdRecord({ title: 'Autoclave validation course', startDate: '2025-03-25', hours: 1.5, category: 'formal', tags: ['imported'] });
const laser = makeCpdRecord({ title: 'Laser safety for users', startDate: '2025-05-02', hours: 6, status: 'draft', tags: ['imported'], mappings: [{ frameworkId: 'sc-rscitech', code: 'A1' }, { frameworkId: 'sc-rscitech', code: 'B2' }] });
const bench = makeCpdRecord({ title: 'Bench tidy-up', startDate: '2024-11-02', hours: 2 });

async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const titlesInTable = () =>
  within(screen.getByRole('table', { name: 'CPD records' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

async function openTable(records = [autoclave, laser, bench]) {
  const user = userEvent.setup();
  const fake = createFakeApi(records);
  const rendered = renderScreen(<CpdLogScreen />, fake.api, { path: '/cpd' });
  await screen.findByRole('link', { name: 'Autoclave validation course' });
  await user.click(screen.getByRole('radio', { name: 'Table' }));
  return { user, ...fake, ...rendered };
}

describe('the CPD log as a table', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('sorts by any column from the keyboard, says which way with aria-sort, and remembers the view', async () => {
    const { user, container, unmount, api } = await openTable();
    expect(titlesInTable()).toEqual(['Laser safety for users', 'Autoclave validation course', 'Bench tidy-up']);
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');

    screen.getByRole('button', { name: 'Title' }).focus();
    await user.keyboard('{Enter}');
    expect(titlesInTable()).toEqual(['Autoclave validation course', 'Bench tidy-up', 'Laser safety for users']);
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.keyboard('{Enter}');
    expect(titlesInTable()).toEqual(['Laser safety for users', 'Bench tidy-up', 'Autoclave validation course']);

    await user.click(screen.getByRole('button', { name: 'Criteria' }));
    expect(titlesInTable()[0]).toBe('Laser safety for users');
    await user.click(screen.getByRole('button', { name: 'Hours' }));
    expect(titlesInTable()).toEqual(['Laser safety for users', 'Bench tidy-up', 'Autoclave validation course']);
    expect(await axeFindings(container)).toEqual([]);

    unmount();
    renderScreen(<CpdLogScreen />, api, { path: '/cpd' });
    await screen.findByRole('table', { name: 'CPD records' });
    expect(screen.getByRole('radio', { name: 'Table' })).toBeChecked();
    expect(titlesInTable()).toEqual(['Laser safety for users', 'Bench tidy-up', 'Autoclave validation course']);
  });

  it('sets the category and tags of the selected rows in one call each', async () => {
    const { user, api, records } = await openTable();
    await user.click(screen.getByRole('checkbox', { name: 'Select “Laser safety for users”' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select “Bench tidy-up”' }));
    const bulk = screen.getByRole('region', { name: '2 records selected' });

    await user.click(within(bulk).getByRole('button', { name: /Category/ }));
    await user.click(await screen.findByRole('option', { name: /^Self-directed/ }));
    await user.click(within(bulk).getByRole('button', { name: 'Set category' }));
    await waitFor(() => expect(api.updateCpdMany).toHaveBeenCalledTimes(1));
    expect(api.updateCpdMany).toHaveBeenCalledWith({ ids: expect.arrayContaining([laser.id, bench.id]), category: 'self-directed' });
    expect(await screen.findByText('Changed the category of 2 records.')).toBeInTheDocument();

    await user.type(within(bulk).getByRole('textbox', { name: 'Add tags (commas between)' }), 'lab, safety');
    await user.type(within(bulk).getByRole('textbox', { name: 'Remove tags' }), 'imported');
    await user.click(within(bulk).getByRole('button', { name: 'Change tags' }));
    await waitFor(() => expect(api.updateCpdMany).toHaveBeenCalledTimes(2));
    expect(api.updateCpdMany).toHaveBeenLastCalledWith({ ids: expect.arrayContaining([laser.id, bench.id]), addTags: ['lab', 'safety'], removeTags: ['imported'] });
    expect(records.find((r) => r.id === laser.id)?.tags).toEqual(['lab', 'safety']);
    expect(records.find((r) => r.id === autoclave.id)?.tags).toEqual(['imported']);
  });

  it('bulk delete offers Undo, announced, with focus on it; Undo puts the records back', async () => {
    const { user, api } = await openTable();
    await user.click(screen.getByRole('checkbox', { name: 'Select all 3 records shown' }));
    await user.click(screen.getByRole('button', { name: 'Delete 3 selected records' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    const notice = undo.closest('.undo-notice');
    expect(notice).toHaveAttribute('aria-live', 'polite');
    expect(notice).toHaveTextContent('Deleted 3 records.');
    expect(await screen.findByRole('heading', { name: 'No CPD logged yet' })).toBeInTheDocument();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.restoreDeletedCpd).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('link', { name: 'Laser safety for users' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('Duplicate opens the new-record editor with a copy dated today, saving nothing', async () => {
    const { user, api, location } = await openTable();
    await user.click(screen.getByRole('button', { name: 'Duplicate “Laser safety for users”' }));
    expect(location.history.at(-1)).toBe('/cpd/new');
    const draft = JSON.parse(localStorage.getItem('techfolio.draft.cpd.new') ?? 'null') as { values: Record<string, unknown> };
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(draft.values).toMatchObject({ title: 'Laser safety for users', hours: 6, startDate: iso, mappings: laser.mappings });
    expect(draft.values).not.toHaveProperty('id');
    expect(api.addCpd).not.toHaveBeenCalled();
  });

  it('Duplicate never overwrites a new record still being written', async () => {
    localStorage.setItem('techfolio.draft.cpd.new', JSON.stringify({ savedAt: '2025-06-01T09:00:00.000Z', values: { title: 'Half-written' } }));
    const { user, location } = await openTable();
    await user.click(screen.getByRole('button', { name: 'Duplicate “Bench tidy-up”' }));
    expect(await screen.findByText(/A new record you have not saved yet/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('techfolio.draft.cpd.new')!).values.title).toBe('Half-written');
    expect(location.history.at(-1)).toBe('/cpd');
  });

  it('printing puts every matching record in a plain table, in the table’s order, and takes it away after', async () => {
    const { container } = await openTable();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const printed = container.querySelector('table.print-table') as HTMLTableElement;
    expect(printed).not.toBeNull();
    expect([...printed.querySelectorAll('tbody tr')].map((tr) => tr.children[1]?.textContent)).toEqual(['Laser safety for users', 'Autoclave validation course', 'Bench tidy-up']);
    expect(printed.querySelectorAll('button, input')).toHaveLength(0);
    expect(printed.caption).toHaveTextContent('CPD log: 3 records, 9.5 hours');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(container.querySelector('table.print-table')).toBeNull();
  });
});
