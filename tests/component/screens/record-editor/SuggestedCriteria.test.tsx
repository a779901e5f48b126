import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecordEditorScreen } from '../../../../renderer/screens/record-editor/RecordEditorScreen';
import { makeCpdRecord } from '../../../support/fixtures';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';
import { rscitech } from '../framework-fixtures';

const TARGET = { profile: { targetRegistrations: [{ frameworkId: 'sc-rscitech' }] }, frameworks: [rscitech] };
// Suggestions follow the text after a pause in typing (600 ms), then the backend answers.
const settled = { timeout: 3000 };

const panel = () => within(screen.getByRole('region', { name: 'Suggested criteria' }));

async function writeCoshhRecord(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('COSHH risk assessment for the new solvent store');
  await user.type(screen.getByRole('textbox', { name: 'Hours' }), '2');
  await user.type(screen.getByRole('textbox', { name: 'Description' }), 'I wrote the risk assessment and trained staff on spill kits and PPE.');
}

describe('record editor: suggested criteria', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '';
  });

  it('suggests criteria of the target registration for the unsaved text, each with its reason', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], TARGET);
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    expect(panel().getByText(/Write a title or a description/)).toBeInTheDocument();
    await writeCoshhRecord(user);
    expect(await panel().findByRole('button', { name: 'Accept B1 for RSciTech' }, settled)).toBeInTheDocument();
    expect(panel().getAllByText(/mentions: .*risk assessment.*COSHH/).length).toBeGreaterThan(0);
    // Asked once the typing settled, with the text as typed: not once per keystroke.
    const request = api.suggestCriteria.mock.lastCall![0];
    expect(request).toMatchObject({ kind: 'cpd', title: 'COSHH risk assessment for the new solvent store', description: 'I wrote the risk assessment and trained staff on spill kits and PPE.' });
    expect(request.recordId).toBeUndefined();
    expect(api.suggestCriteria.mock.calls.length).toBeLessThan(5);
    // Announced politely, by code.
    expect(within(screen.getByRole('region', { name: 'Suggested criteria' })).getByRole('status')).toHaveTextContent(/Suggested criteria: B1 \(RSciTech\)/);
  });

  it('accepting by keyboard ticks the criterion, and the saved record has the mapping', async () => {
    const user = userEvent.setup();
    const { api, records } = createFakeApi([], TARGET);
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await writeCoshhRecord(user);
    const accept = await panel().findByRole('button', { name: 'Accept B1 for RSciTech' }, settled);
    accept.focus();
    await user.keyboard('{Enter}');
    // The suggestion leaves the panel, and the criteria picker above shows the tick.
    await waitFor(() => expect(panel().queryByRole('button', { name: 'Accept B1 for RSciTech' })).toBeNull());
    expect(screen.getByRole('checkbox', { name: /^B1/ })).toBeChecked();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Suggested criteria' }));
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]!.mappings).toEqual([{ frameworkId: 'sc-rscitech', code: 'B1', note: '' }]);
  });

  it('dismissing on a saved record is remembered through the API, and the criterion is not suggested again', async () => {
    const user = userEvent.setup();
    const record = makeCpdRecord({ id: 'record-0001', title: 'COSHH risk assessment for the solvent store', description: 'I wrote the risk assessment and trained staff on spill kits and PPE.' });
    const { api, dismissals } = createFakeApi([record], TARGET);
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/record-0001', pattern: '/cpd/:id' });
    await screen.findByRole('region', { name: 'Suggested criteria' });
    // A saved record is suggested for under its id, so its own dismissals apply.
    await waitFor(() => expect(api.suggestCriteria.mock.lastCall?.[0].recordId).toBe('record-0001'), settled);
    await user.click(await panel().findByRole('button', { name: 'Dismiss B2 for RSciTech' }, settled));
    await waitFor(() => expect(dismissals).toEqual([expect.objectContaining({ frameworkId: 'sc-rscitech', code: 'B2', itemKind: 'cpd', itemId: 'record-0001' })]));
    // The write refreshed the suggestions (they read the dismissals): the backend no longer offers B2.
    await waitFor(() => expect(api.suggestCriteria.mock.calls.length).toBeGreaterThan(1));
    const after = await api.suggestCriteria.mock.results.at(-1)!.value;
    expect(after[0].suggestions.map((s: { code: string }) => s.code)).not.toContain('B2');
    expect(panel().queryByRole('button', { name: 'Dismiss B2 for RSciTech' })).toBeNull();
  });

  it('a dismissal on a new record leaves the suggestions at once and is remembered when the record is saved', async () => {
    const user = userEvent.setup();
    const { api, records, dismissals } = createFakeApi([], TARGET);
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await writeCoshhRecord(user);
    await user.click(await panel().findByRole('button', { name: 'Dismiss B3 for RSciTech' }, settled));
    expect(panel().queryByRole('button', { name: 'Dismiss B3 for RSciTech' })).toBeNull();
    expect(api.dismissSuggestion).not.toHaveBeenCalled();
    await waitFor(() => expect(api.suggestCriteria.mock.lastCall![0].exclude).toEqual([{ frameworkId: 'sc-rscitech', code: 'B3' }]), settled);
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(records).toHaveLength(1));
    expect(dismissals).toEqual([expect.objectContaining({ code: 'B3', itemKind: 'cpd', itemId: records[0]!.id })]);
  });

  it('points to the profile when there is no target registration, and has no serious axe findings', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], { frameworks: [rscitech] });
    const { container } = renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await writeCoshhRecord(user);
    expect(await panel().findByRole('link', { name: 'profile' }, settled)).toHaveAttribute('href', '/profile');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
