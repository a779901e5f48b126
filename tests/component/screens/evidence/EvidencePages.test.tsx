import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { EvidenceScreen } from '../../../../renderer/screens/evidence/EvidenceScreen';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';
import { fileOf, makeEvidence, rscitech } from '../framework-fixtures';

const manual = makeEvidence({ kind: 'file', title: 'Autoclave manual', file: fileOf('manual.pdf', 'application/pdf') });
const photo = makeEvidence({ kind: 'file', title: 'Bench photo', file: fileOf('bench.png', 'image/png', 'c') });
const note = makeEvidence({ kind: 'note', title: 'Observed by manager', note: 'Ran it alone.' });

function setup(evidence = [manual, photo, note]) {
  const fake = createFakeApi([], { evidence, frameworks: [rscitech] });
  renderScreen(<EvidenceScreen />, fake.api, { path: '/evidence' });
  return fake;
}

async function openEdit(title: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Edit ${title}` }));
  return { user, dialog: screen.getByRole('dialog') };
}

describe('Pages to include, on a PDF', () => {
  beforeEach(() => localStorage.clear());

  it('is offered for a PDF only, with its hint, and saves what was typed normalised', async () => {
    const { api } = setup();
    const { user, dialog } = await openEdit('Autoclave manual');
    const pages = within(dialog).getByRole('textbox', { name: 'Pages to include' });
    expect(pages).toHaveAccessibleDescription('Leave empty for the whole document');
    expect(pages).toHaveValue('');
    await user.type(pages, '7, 1–3');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(api.updateEvidence).toHaveBeenCalledTimes(1));
    expect(api.updateEvidence.mock.calls[0]![1]).toMatchObject({ pages: '1-3, 7' });
    // The tile says which pages go into the pack.
    const tile = (await screen.findByRole('heading', { name: 'Autoclave manual' })).closest('li')!;
    expect(await within(tile).findByText(/pages 1-3, 7/)).toBeInTheDocument();
  });

  it('refuses a selection that is not pages, saying how to write one, and keeps what was typed', async () => {
    const { api } = setup();
    const { user, dialog } = await openEdit('Autoclave manual');
    const pages = within(dialog).getByRole('textbox', { name: 'Pages to include' });
    await user.type(pages, '14-12');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    expect(await within(dialog).findByText(/Write pages like "1-3, 7" or "10-"\./)).toBeInTheDocument();
    expect(pages).toHaveAttribute('aria-invalid', 'true');
    expect(pages).toHaveValue('14-12');
    expect(api.updateEvidence).not.toHaveBeenCalled();
  });

  it('clears a selection when the field is emptied, so the whole document is included again', async () => {
    const { api } = setup([{ ...manual, pages: '10-' }]);
    const { user, dialog } = await openEdit('Autoclave manual');
    const pages = within(dialog).getByRole('textbox', { name: 'Pages to include' });
    expect(pages).toHaveValue('10-');
    await user.clear(pages);
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(api.updateEvidence).toHaveBeenCalledTimes(1));
    expect(api.updateEvidence.mock.calls[0]![1].pages).toBeUndefined();
    await waitFor(() => expect(screen.queryByText(/pages 10-/)).toBeNull());
  });

  it('is not offered for a picture or a note', async () => {
    setup();
    for (const title of ['Bench photo', 'Observed by manager']) {
      const { user, dialog } = await openEdit(title);
      expect(within(dialog).queryByRole('textbox', { name: 'Pages to include' })).toBeNull();
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    }
  });

  it('is reached and filled by keyboard alone, and the dialog has no axe violations', async () => {
    const { api } = setup();
    const { user, dialog } = await openEdit('Autoclave manual');
    const pages = within(dialog).getByRole('textbox', { name: 'Pages to include' });
    within(dialog).getByRole('textbox', { name: 'Title' }).focus();
    // Tab through the title and the date's segments until the pages field has focus.
    for (let i = 0; i < 10 && document.activeElement !== pages; i++) await user.tab();
    expect(pages).toHaveFocus();
    await user.keyboard('5');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.updateEvidence).toHaveBeenCalledTimes(1));
    expect(api.updateEvidence.mock.calls[0]![1]).toMatchObject({ pages: '5' });

    const { dialog: again } = await openEdit('Autoclave manual');
    // jsdom has no layout, so colour contrast is checked in the browser tests instead.
    const results = await axe.run(again, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(within(again).getByRole('textbox', { name: 'Pages to include' })).toHaveValue('5');
  });
});
