import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import type { LoadedFramework } from '../../../../core/frameworks/registry';
import { Framework } from '../../../../core/frameworks/schema';
import { CompetenceRating } from '../../../../core/model/competence-rating';
import { PathwayScreen } from '../../../../renderer/screens/pathway/PathwayScreen';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';

const example: LoadedFramework = {
  origin: 'built-in',
  framework: Framework.parse(JSON.parse(readFileSync(path.resolve('assets/frameworks/example-technician-pathway.json'), 'utf8'))),
  overrides: [],
  unmatchedOverrides: [],
};
const rating = (code: string, value: CompetenceRating['rating'], date: string, n: number) =>
  CompetenceRating.parse({ id: `rating-000${n}`, frameworkId: example.framework.id, code, rating: value, date, createdAt: `2025-06-01T09:00:0${n}.000Z` });
const level1 = [rating('T1', 'developing', '2025-01-10', 1), rating('S1', 'developing', '2025-01-10', 2), rating('D1', 'developing', '2025-01-10', 3), rating('T1', 'competent', '2025-05-01', 4)];

describe('Career pathway screen', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('shows loading, then an empty state pointing to Frameworks when no framework has levels', async () => {
    const pending = createFakeApi().api;
    pending.listPathways.mockReturnValueOnce(never());
    const { unmount } = renderScreen(<PathwayScreen />, pending);
    expect(screen.getByText(/Loading career pathways/)).toBeInTheDocument();
    unmount();
    renderScreen(<PathwayScreen />, createFakeApi().api);
    expect(await screen.findByRole('heading', { name: 'No career pathway yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Frameworks' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the pathway cannot be read', async () => {
    const { api } = createFakeApi([], { frameworks: [example] });
    api.getPathway.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The portfolio file could not be read.' }));
    renderScreen(<PathwayScreen />, api);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be read');
  });

  it('shows the current level, the target, the gaps with suggested CPD, and each competence with its history', async () => {
    const user = userEvent.setup();
    renderScreen(<PathwayScreen />, createFakeApi([], { frameworks: [example], ratings: level1 }).api);
    expect(await screen.findByText('Current level:')).toHaveTextContent('Current level: Level 1: Learning');
    const levels = screen.getByRole('list', { name: 'Levels' });
    expect(within(levels).getAllByRole('listitem')[0]).toHaveTextContent('Your current level');
    expect(within(levels).getAllByRole('listitem')[1]).toHaveTextContent(/Target.*Not met: 1 of 5/);
    expect(screen.getByRole('heading', { level: 2, name: 'Still to show for Level 2: Practising' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'T3 Supports research and teaching' }).parentElement).toHaveTextContent('Now: Not rated. Needed for Level 2: Practising: Developing.');
    const t1 = screen.getByRole('rowheader', { name: /T1 Operates/ }).closest('tr')!;
    expect(t1).toHaveTextContent('Competent');
    expect(t1).toHaveTextContent('01/05/2025');
    await user.click(within(t1).getByRole('button', { name: 'History (2)' }));
    expect(within(t1).getByText(/10\/01\/2025: Developing/)).toBeVisible();
  });

  it('aims at a chosen target level', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], { frameworks: [example], ratings: level1 });
    renderScreen(<PathwayScreen />, api);
    await screen.findByText('Current level:');
    await user.click(screen.getByRole('button', { name: /Target level/ }));
    await user.click(await screen.findByRole('option', { name: 'Level 4: Advanced' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Still to show for Level 4: Advanced' })).toBeInTheDocument();
    expect(api.getPathway).toHaveBeenLastCalledWith('example-technician-pathway', 'level-4');
  });

  it('requires a rating before saving, then rates a competence and shows the new level', async () => {
    const user = userEvent.setup();
    const { api, ratings } = createFakeApi([], { frameworks: [example], ratings: level1 });
    renderScreen(<PathwayScreen />, api);
    await user.click(await screen.findByRole('button', { name: 'Rate T3 Supports research and teaching' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rate a competence' });
    await user.click(within(dialog).getByRole('button', { name: 'Save rating' }));
    expect(await within(dialog).findByText(/Choose a rating/)).toBeInTheDocument();
    expect(api.rateCompetence).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('radio', { name: /^Developing/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Why/ }), 'Ran the practical class all term.');
    await user.click(within(dialog).getByRole('button', { name: 'Save rating' }));
    await waitFor(() => expect(ratings).toHaveLength(5));
    expect(ratings[4]).toMatchObject({ code: 'T3', rating: 'developing', note: 'Ran the practical class all term.' });
    const t3 = (await screen.findByRole('rowheader', { name: /T3 Supports/ })).closest('tr')!;
    await waitFor(() => expect(t3).toHaveTextContent('Developing'));
  });
});
