import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { Activity } from '../../../../core/model/commitment';
import { RecognitionScreen } from '../../../../renderer/screens/commitment/RecognitionScreen';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';

const stamp = '2025-06-01T09:00:00.000Z';
const stored = ONE_OF_EACH.map((a, i) => Activity.parse({ ...a, id: `activity-${String(i).padStart(4, '0')}`, createdAt: stamp, updatedAt: stamp }));

async function openAdd(user: ReturnType<typeof userEvent.setup>, buttonName: RegExp, kind: string) {
  await user.click(await screen.findByRole('button', { name: buttonName }));
  await user.click(await screen.findByRole('menuitem', { name: kind }));
  return screen.findByRole('dialog');
}

describe('Recognition & impact screen', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows loading, then an empty state whose menu offers all six kinds', async () => {
    const pending = createFakeApi().api;
    pending.listActivities.mockReturnValueOnce(never());
    const { unmount } = renderScreen(<RecognitionScreen />, pending);
    expect(screen.getByText(/Loading your recognition and impact records/)).toBeInTheDocument();
    unmount();
    const user = userEvent.setup();
    renderScreen(<RecognitionScreen />, createFakeApi().api);
    expect(await screen.findByRole('heading', { name: 'Nothing recorded yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Add your first record/ }));
    expect((await screen.findAllByRole('menuitem')).map((m) => m.textContent)).toEqual(['Research output', 'Outreach', 'Recognition', 'Role', 'Secondment or programme', 'People developed']);
  });

  it('shows an error with a retry when the records cannot be read', async () => {
    const { api } = createFakeApi();
    api.listActivities.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The portfolio file could not be read.' }));
    renderScreen(<RecognitionScreen />, api);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be read');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('lists each kind under its own heading with its details, and filters to one kind', async () => {
    const user = userEvent.setup();
    renderScreen(<RecognitionScreen />, createFakeApi([], { activities: stored }).api);
    expect(await screen.findByRole('heading', { level: 2, name: 'Contributions to research outputs' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toHaveLength(6);
    expect(screen.getByRole('rowheader', { name: /Lipid droplets/ })).toHaveTextContent('Paper · Author · Investigation, Methodology · DOI 10.1234/jcs.2026.0042');
    expect(screen.getByRole('rowheader', { name: /steering group/ }).closest('tr')).toHaveTextContent('01/09/2025 – present');
    await user.click(screen.getByRole('button', { name: /Show/ }));
    await user.click(await screen.findByRole('option', { name: 'Outreach and public engagement' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Outreach and public engagement']);
    expect(sessionStorage.getItem('techfolio.recognition.kind')).toBe('outreach');
  });

  it('refuses a research output with a malformed DOI and no title, with the schema messages, and saves nothing', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<RecognitionScreen />, api);
    const dialog = await openAdd(user, /Add your first record/, 'Research output');
    await user.type(within(dialog).getByRole('textbox', { name: 'DOI' }), '11.22/x');
    await user.click(within(dialog).getByRole('button', { name: 'Add research output' }));
    expect(await within(dialog).findByText('Enter the title of the output.')).toBeInTheDocument();
    expect(within(dialog).getByText(/A DOI looks like 10\.1234\/abcd\.5678/)).toBeInTheDocument();
    expect(api.addActivity).not.toHaveBeenCalled();
  });

  it('adds a research output with its CRediT roles, and lists it', async () => {
    const user = userEvent.setup();
    const { api, activities } = createFakeApi();
    renderScreen(<RecognitionScreen />, api);
    const dialog = await openAdd(user, /Add your first record/, 'Research output');
    await user.keyboard('Yeast stress granules');
    await user.type(within(dialog).getByRole('textbox', { name: 'DOI' }), '10.5555/abc.1');
    await user.click(within(dialog).getByRole('checkbox', { name: /^Investigation/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /^Data curation/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add research output' }));
    await waitFor(() => expect(activities).toHaveLength(1));
    expect(activities[0]).toMatchObject({ kind: 'research-output', title: 'Yeast stress granules', doi: '10.5555/abc.1', credit: 'author', creditRoles: ['investigation', 'data-curation'] });
    expect(await screen.findByRole('rowheader', { name: /Yeast stress granules/ })).toBeInTheDocument();
  });

  it.each([
    ['Outreach', 'Event', 'Enter what the event was.'],
    ['Recognition', 'Award or nomination', 'Enter the award.'],
    ['Role', 'Role', 'Enter the role.'],
    ['Secondment or programme', 'Secondment or programme', 'Enter what the secondment or programme was.'],
    ['People developed', 'Who', 'Enter who you trained or mentored.'],
  ])('gives the %s form its own fields and requires its first one', async (kind, firstField, message) => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<RecognitionScreen />, api);
    const dialog = await openAdd(user, /Add your first record/, kind);
    expect(within(dialog).getByRole('textbox', { name: new RegExp(`^${firstField}`) })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: /^Add / }));
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(api.addActivity).not.toHaveBeenCalled();
  });

  it('adds an outreach event with its audience size, typed by keyboard', async () => {
    const user = userEvent.setup();
    const { api, activities } = createFakeApi();
    renderScreen(<RecognitionScreen />, api);
    const dialog = await openAdd(user, /Add your first record/, 'Outreach');
    await user.keyboard('Science festival stand');
    await user.type(within(dialog).getByRole('textbox', { name: 'Audience size (about)' }), '200');
    await user.click(within(dialog).getByRole('button', { name: 'Add outreach' }));
    await waitFor(() => expect(activities).toHaveLength(1));
    expect(activities[0]).toMatchObject({ kind: 'outreach', title: 'Science festival stand', outreachType: 'school-visit', audienceSize: 200 });
  });

  it('keeps an unsaved record as a draft and restores it when the form opens again', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    const { unmount } = renderScreen(<RecognitionScreen />, api);
    await openAdd(user, /Add your first record/, 'Recognition');
    await user.keyboard('Papin Prize');
    expect(JSON.parse(localStorage.getItem('techfolio.draft.activity-recognition.new') ?? '{}')).toMatchObject({ values: { title: 'Papin Prize' } });
    unmount();
    renderScreen(<RecognitionScreen />, api);
    const dialog = await openAdd(user, /Add your first record/, 'Recognition');
    expect(await within(dialog).findByText('Restored your unsaved changes from a draft.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Award or nomination/ })).toHaveValue('Papin Prize');
  });

  it('deletes a record after confirming', async () => {
    const user = userEvent.setup();
    const { api, activities } = createFakeApi([], { activities: stored.slice(0, 1) });
    renderScreen(<RecognitionScreen />, api);
    await user.click(await screen.findByRole('button', { name: /^Delete Lipid droplets/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete record' }));
    await waitFor(() => expect(activities).toHaveLength(0));
  });
});
