import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { RecordEditorScreen } from '../../../../renderer/screens/record-editor/RecordEditorScreen';
import { makeCpdRecord } from '../../../support/fixtures';
import { rscitech } from '../framework-fixtures';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';

const existing = makeCpdRecord({ id: 'record-0001', title: 'Autoclave validation course', startDate: '2025-03-25', hours: 1.5, tags: ['sterilisation'] });

describe('record editor: a new record', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '';
  });

  it('refuses an empty title and missing hours without calling the backend', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findByText('Enter a title for the activity.')).toBeInTheDocument();
    expect(screen.getByText('Enter the hours as a number, such as 1.5.')).toBeInTheDocument();
    expect(api.addCpd).not.toHaveBeenCalled();
  });

  it('saves a record typed by keyboard alone, with a tag, a reflection and draft status, then returns to the log', async () => {
    const user = userEvent.setup();
    const { api, records } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    // The title has focus when the screen opens.
    await user.keyboard('Laser safety for users');
    await user.type(screen.getByRole('textbox', { name: 'Hours' }), '2.5');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'safety{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'What I did' }), 'A day course on class 4 lasers.');
    await user.click(screen.getByRole('radio', { name: 'A draft to finish later' }));
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({
      title: 'Laser safety for users',
      hours: 2.5,
      tags: ['safety'],
      status: 'draft',
      reflection: { model: 'science-council', answers: { 'what-i-did': 'A day course on class 4 lasers.' } },
    });
    await waitFor(() => expect(window.location.hash).toBe('#/cpd'));
    expect(localStorage.getItem('techfolio.draft.cpd.new')).toBeNull();
    expect(await screen.findByText('Logged “Laser safety for users”.')).toBeInTheDocument();
  });

  it('saves with only a title and hours: unanswered reflection prompts are left out, not refused', async () => {
    const user = userEvent.setup();
    const { api, records } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.keyboard('Lab induction');
    await user.type(screen.getByRole('textbox', { name: 'Hours' }), '1');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]!.reflection).toEqual({ model: 'science-council', answers: {} });
  });

  it('keeps what was typed, and a local draft, when the save fails', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    api.addCpd.mockRejectedValueOnce(new ApiError({ code: 'internal', message: 'The disk is full.' }));
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Fire warden refresher');
    await user.type(screen.getByRole('textbox', { name: 'Hours' }), '3');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findByText('Not saved: The disk is full.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Fire warden refresher');
    expect(JSON.parse(localStorage.getItem('techfolio.draft.cpd.new') ?? '{}').values.title).toBe('Fire warden refresher');
  });

  it('restores an unsaved draft when the form opens again, and can discard it', async () => {
    const user = userEvent.setup();
    localStorage.setItem('techfolio.draft.cpd.new', JSON.stringify({ savedAt: '2025-06-01T09:00:00.000Z', values: { title: 'Half-written HPLC notes', hours: 2 } }));
    const { api } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    expect(await screen.findByText('Restored your unsaved changes from a draft.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Half-written HPLC notes');
    await user.click(screen.getByRole('button', { name: 'Discard the draft' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('');
    expect(localStorage.getItem('techfolio.draft.cpd.new')).toBeNull();
  });

  it('keeps drafts typed in the sample portfolio apart from the user’s own', async () => {
    const user = userEvent.setup();
    localStorage.setItem('techfolio.draft.cpd.new', JSON.stringify({ savedAt: '2025-06-01T09:00:00.000Z', values: { title: 'My own half-written notes', hours: 2 } }));
    const { api } = createFakeApi();
    api.getSampleState.mockResolvedValue({ exploring: true });
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Tried in the sample');
    expect(screen.queryByText('Restored your unsaved changes from a draft.')).not.toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem('techfolio.draft.sample.cpd.new')).toContain('Tried in the sample'));
    expect(localStorage.getItem('techfolio.draft.cpd.new')).toContain('My own half-written notes');
  });

  it('switches the reflection model without losing answers already written', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.type(screen.getByRole('textbox', { name: 'What I did' }), 'Calibrated pipettes');
    await user.click(screen.getByRole('button', { name: /Reflection model/ }));
    await user.click(await screen.findByRole('option', { name: "Gibbs' reflective cycle" }));
    expect(screen.getByRole('textbox', { name: 'Feelings' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'What I did' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reflection model/ }));
    await user.click(await screen.findByRole('option', { name: 'Science Council CPD standards' }));
    expect(screen.getByRole('textbox', { name: 'What I did' })).toHaveValue('Calibrated pipettes');
  });
});

describe('record editor: an existing record', () => {
  beforeEach(() => localStorage.clear());

  it('shows a loading state, then the record to edit', async () => {
    const { api } = createFakeApi([existing]);
    const pending = never<typeof existing>();
    api.getCpd.mockReturnValueOnce(pending);
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/record-0001', pattern: '/cpd/:id' });
    expect(screen.getByText(/Loading this record/)).toBeInTheDocument();
  });

  it('shows an error state for a record that does not exist', async () => {
    const { api } = createFakeApi();
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/missing-record', pattern: '/cpd/:id' });
    expect(await screen.findByText(/Could not load this record/)).toHaveTextContent('Could not load this record: No CPD record with that id.');
  });

  it('edits and saves a record', async () => {
    const user = userEvent.setup();
    const { api, records } = createFakeApi([existing]);
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/record-0001', pattern: '/cpd/:id' });
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Autoclave validation course');
    await user.clear(title);
    await user.type(title, 'Autoclave validation, annual');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(records[0]?.title).toBe('Autoclave validation, annual'));
    expect(api.updateCpd).toHaveBeenCalledWith('record-0001', expect.objectContaining({ hours: 1.5, tags: ['sterilisation'] }));
  });

  it('deletes only after confirmation, and Cancel keeps the record', async () => {
    const user = userEvent.setup();
    const { api, records } = createFakeApi([existing]);
    renderScreen(<RecordEditorScreen />, api, { path: '/cpd/record-0001', pattern: '/cpd/:id' });
    await user.click(await screen.findByRole('button', { name: 'Delete record' }));
    expect(await screen.findByRole('alertdialog', { name: 'Delete this record?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Delete this record?' })).not.toBeInTheDocument());
    expect(api.deleteCpd).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete record' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this record?' });
    await user.click(dialog.querySelector('button.danger') as HTMLElement);
    await waitFor(() => expect(records).toHaveLength(0));
  });
});

describe('record editor: evidence and criteria', () => {
  beforeEach(() => localStorage.clear());

  it('attaches a chosen file as evidence, maps the record to a criterion with a note, and saves both', async () => {
    const user = userEvent.setup();
    const { api, records } = createFakeApi([], { frameworks: [rscitech] });
    const { container } = renderScreen(<RecordEditorScreen />, api, { path: '/cpd/new' });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Autoclave validation');
    await user.type(screen.getByRole('textbox', { name: 'Hours' }), '4');
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.4 certificate'], 'autoclave-certificate.pdf', { type: 'application/pdf' }));
    // From a record, the file waits for a title, prefilled from its name.
    expect(await screen.findByRole('textbox', { name: 'Evidence title' })).toHaveValue('autoclave certificate');
    await user.click(screen.getByRole('button', { name: 'Add autoclave-certificate.pdf' }));
    const linked = await screen.findByRole('list', { name: 'Linked evidence' });
    expect(within(linked).getByText('autoclave certificate')).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: /A1/ }));
    await user.type(screen.getByRole('textbox', { name: /How this shows A1/ }), 'Placed the thermocouples myself.');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(records).toHaveLength(1));
    expect(api.addEvidenceFile).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'autoclave-certificate.pdf', title: 'autoclave certificate', date: records[0]?.startDate }));
    expect(records[0]?.evidenceIds).toEqual([expect.stringMatching(/^fake-evidence-/)]);
    expect(records[0]?.mappings).toEqual([{ frameworkId: 'sc-rscitech', code: 'A1', note: 'Placed the thermocouples myself.' }]);
  });
});
