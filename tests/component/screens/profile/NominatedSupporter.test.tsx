import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { Supporter } from '../../../../core/model/career';
import { ProfileScreen } from '../../../../renderer/screens/profile/ProfileScreen';
import { createFakeApi } from '../../fake-api';
import { rscitech } from '../framework-fixtures';
import { renderScreen } from '../../render-screen';

const stamp = { createdAt: '2025-06-01T09:00:00.000Z', updatedAt: '2025-06-01T09:00:00.000Z' };
const zoe = Supporter.parse({ ...stamp, id: 'supporter-0001', name: 'Zoë Ørsted', role: 'Laboratory Manager', email: 'zoe@example.ac.uk' });
const bryn = Supporter.parse({ ...stamp, id: 'supporter-0002', name: 'Bryn Hughes', role: 'Senior Technician' });
const aoife = Supporter.parse({ ...stamp, id: 'supporter-0003', kind: 'referee', name: 'Aoife Ní Bhriain', email: 'aoife@example.ac.uk' });

const seed = (nominatedSupporterId?: string) => ({
  profile: { name: 'Łukasz Bjørn', targetRegistrations: [{ frameworkId: 'sc-rscitech', ...(nominatedSupporterId ? { nominatedSupporterId } : {}) }] },
  supporters: [zoe, bryn, aoife],
  frameworks: [rscitech],
});

/** Serious and critical axe-core findings in the rendered screen (jsdom has no layout, so no contrast rule). */
async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('nominating the supporter for a target registration', () => {
  beforeEach(() => localStorage.clear());

  it('offers only people of the kind the framework asks for, says they need an email, and saves the choice made by keyboard', async () => {
    const user = userEvent.setup();
    const { api, getProfile } = createFakeApi([], seed());
    const { container } = renderScreen(<ProfileScreen />, api);

    const select = await screen.findByRole('button', { name: /Nominated supporter/ });
    await waitFor(() => expect(select).toHaveAccessibleDescription(/RSciTech asks for one supporter\. They need an email address: the body contacts them by email\./));
    expect(select).toHaveTextContent('No one yet');

    select.focus();
    await user.keyboard('{ArrowDown}');
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['No one yet', 'Zoë Ørsted', 'Bryn Hughes (no email yet)']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(select).toHaveTextContent('Zoë Ørsted');

    expect(await axeFindings(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(getProfile().targetRegistrations[0]!.nominatedSupporterId).toBe(zoe.id));
    expect(getProfile().name).toBe('Łukasz Bjørn');
  });

  it('points out at once that the chosen person has no email address', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], seed());
    renderScreen(<ProfileScreen />, api);
    const select = await screen.findByRole('button', { name: /Nominated supporter/ });
    await user.click(select);
    await user.click(await screen.findByRole('option', { name: 'Bryn Hughes (no email yet)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Bryn Hughes has no email address yet. Add it on the “Supporters and referees” tab before you apply.');
  });

  it('refuses to delete the nominated supporter, saying what to do, and keeps them on the list and in the profile', async () => {
    const user = userEvent.setup();
    const { api, supporters, getProfile } = createFakeApi([], seed(zoe.id));
    renderScreen(<ProfileScreen />, api);
    const select = await screen.findByRole('button', { name: /Nominated supporter/ });
    await waitFor(() => expect(select).toHaveTextContent('Zoë Ørsted'));

    await user.click(screen.getByRole('tab', { name: 'Supporters and referees' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Zoë Ørsted' }));
    await user.click(within((await screen.findAllByRole('alertdialog', { name: 'Delete this person?' })).at(-1)!).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText(/Not deleted: This person is your nominated supporter for RSciTech\. On the "About you" tab, choose someone else \(or no one\)/)).toBeInTheDocument();
    expect(supporters.map((s) => s.name)).toContain('Zoë Ørsted');
    expect(getProfile().targetRegistrations[0]!.nominatedSupporterId).toBe(zoe.id);
    expect(screen.getByText('Zoë Ørsted')).toBeInTheDocument();

    // Someone not nominated is deleted as before.
    await user.click(screen.getByRole('button', { name: 'Delete Bryn Hughes' }));
    await user.click(within((await screen.findAllByRole('alertdialog', { name: 'Delete this person?' })).at(-1)!).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(supporters.map((s) => s.name)).not.toContain('Bryn Hughes'));
  });
});
