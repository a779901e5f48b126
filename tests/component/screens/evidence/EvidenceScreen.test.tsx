import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { EvidenceScreen } from '../../../../renderer/screens/evidence/EvidenceScreen';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';
import { fileOf, makeEvidence, rscitech } from '../framework-fixtures';

const certificate = makeEvidence({
  kind: 'file',
  title: 'Laser safety certificate',
  date: '2025-11-23',
  file: fileOf('laser.pdf', 'application/pdf'),
  mappings: [{ frameworkId: 'sc-rscitech', code: 'D1', note: '' }],
});
const diagram = makeEvidence({ kind: 'file', title: 'Wiring diagram', file: fileOf('wiring.svg', 'image/svg+xml', 'c') });
const link = makeEvidence({ kind: 'link', title: 'Technician Commitment', url: 'https://example.org/commitment' });

function setup(evidence = [certificate, diagram, link]) {
  const fake = createFakeApi([], { evidence, frameworks: [rscitech] });
  return fake;
}

describe('Evidence screen', () => {
  beforeEach(() => localStorage.clear());

  it('shows a loading state while the evidence loads', () => {
    const { api } = setup();
    api.listEvidence.mockReturnValueOnce(never());
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    expect(screen.getByText(/Loading your evidence/)).toBeInTheDocument();
  });

  it('shows the error with a retry that loads the list', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.listEvidence.mockRejectedValueOnce(new ApiError({ code: 'locked', message: 'This portfolio is already open in another window.' }));
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    expect(await screen.findByRole('alert')).toHaveTextContent('already open in another window');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Laser safety certificate' })).toBeInTheDocument();
  });

  it('shows an empty state that points at the drop zone, note and link', async () => {
    const { api } = setup([]);
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    expect(await screen.findByText(/No evidence yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose files…' })).toBeInTheDocument();
  });

  it('lists items newest first with type, UK date, size and mapped criteria; an SVG is a tile with no image', async () => {
    const { api } = setup();
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    const list = await screen.findByRole('list', { name: 'Evidence, 3 items' });
    const tiles = within(list).getAllByRole('listitem');
    expect(tiles).toHaveLength(3);
    const laser = tiles.find((t) => within(t).queryByRole('heading', { name: 'Laser safety certificate' }))!;
    expect(laser).toHaveTextContent('PDF · 23/11/2025 · 10.1 KB');
    expect(laser).toHaveTextContent('Mapped to RSciTech D1');
    const svg = tiles.find((t) => within(t).queryByRole('heading', { name: 'Wiring diagram' }))!;
    expect(svg).toHaveTextContent('SVG');
    expect(svg.querySelector('img, iframe, object, embed')).toBeNull();
    // SVG is never read for a thumbnail: only drawable files are.
    await waitFor(() => expect(api.readEvidenceFile).toHaveBeenCalledTimes(1));
    expect(api.readEvidenceFile).toHaveBeenCalledWith(certificate.id);
  });

  it('refuses a note without a title or text, then adds it', async () => {
    const user = userEvent.setup();
    const { api } = setup([]);
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await user.click(await screen.findByRole('button', { name: 'Add a note' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a note' });
    await user.click(within(dialog).getByRole('button', { name: 'Add note' }));
    expect(await within(dialog).findByText(/title for the note/)).toBeInTheDocument();
    expect(within(dialog).getByText('Write the note.')).toBeInTheDocument();
    expect(api.addEvidenceNote).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Observed autoclave validation');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Signed off by the estates engineer.');
    await user.click(within(dialog).getByRole('button', { name: 'Add note' }));
    expect(await screen.findByRole('heading', { name: 'Observed autoclave validation' })).toBeInTheDocument();
    expect(api.addEvidenceNote).toHaveBeenCalledWith(expect.objectContaining({ title: 'Observed autoclave validation', note: 'Signed off by the estates engineer.' }));
  });

  it('keeps a half-written note when the window closes and restores it next time', async () => {
    const user = userEvent.setup();
    const { api } = setup([]);
    const first = renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await user.click(await screen.findByRole('button', { name: 'Add a note' }));
    await user.type(within(screen.getByRole('dialog', { name: 'Add a note' })).getByRole('textbox', { name: 'Title' }), 'Witness');
    first.unmount();
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await user.click(await screen.findByRole('button', { name: 'Add a note' }));
    expect(within(screen.getByRole('dialog', { name: 'Add a note' })).getByRole('textbox', { name: 'Title' })).toHaveValue('Witness');
    expect(await screen.findByText('Your unsaved changes were restored from a draft.')).toBeInTheDocument();
  });

  it('refuses a link that is not http or https', async () => {
    const user = userEvent.setup();
    const { api } = setup([]);
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await user.click(await screen.findByRole('button', { name: 'Add a link' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a link' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Shared drive');
    await user.type(within(dialog).getByRole('textbox', { name: /Web address/ }), 'file:///etc/passwd');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    expect(await within(dialog).findByText('Enter a web address starting with https:// or http://.')).toBeInTheDocument();
    expect(api.addEvidenceLink).not.toHaveBeenCalled();
  });

  it('previews a link as text with an explicit button that opens it outside the app', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await user.click(await screen.findByRole('button', { name: 'Preview Technician Commitment' }));
    const dialog = screen.getByRole('dialog', { name: 'Technician Commitment' });
    expect(within(dialog).getByText('https://example.org/commitment').tagName).toBe('CODE');
    const open = within(dialog).getByRole('link', { name: 'Open in your web browser' });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await within(dialog).findByText('No record cites it yet.')).toBeInTheDocument();
  });

  it('edits an item and maps it to RSciTech A1, keeping its other mapping', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await user.click(await screen.findByRole('button', { name: 'Edit Laser safety certificate' }));
    const dialog = screen.getByRole('dialog');
    await user.click(await within(dialog).findByRole('checkbox', { name: /^A1\b/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(api.updateEvidence).toHaveBeenCalledTimes(1));
    const [, update] = api.updateEvidence.mock.calls[0]!;
    expect(update.mappings?.map((m) => m.code).sort()).toEqual(['A1', 'D1']);
    expect(await screen.findByText('Mapped to RSciTech D1, RSciTech A1')).toBeInTheDocument();
  });

  it('deletes only after confirmation', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await user.click(await screen.findByRole('button', { name: 'Delete Wiring diagram' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Wiring diagram”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(api.deleteEvidence).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete Wiring diagram' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Delete “Wiring diagram”?' })).getByRole('button', { name: 'Delete evidence' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Wiring diagram' })).toBeNull());
    expect(api.deleteEvidence).toHaveBeenCalledWith(diagram.id);
  });

  it('adds a chosen file as base64 and opens its details to describe and map it', async () => {
    const user = userEvent.setup();
    const { api } = setup([]);
    const { container } = renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await screen.findByText(/No evidence yet/);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.7 certificate'], 'first-aid.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(api.addEvidenceFile).toHaveBeenCalledTimes(1));
    expect(api.addEvidenceFile.mock.calls[0]![0]).toMatchObject({ fileName: 'first-aid.pdf', dataBase64: btoa('%PDF-1.7 certificate') });
    expect(await screen.findByRole('dialog', { name: 'Describe “first-aid.pdf”' })).toBeInTheDocument();
  });

  it('with drafts chosen, makes a draft CPD record for the added files instead of opening the details, and says what it made', async () => {
    const user = userEvent.setup();
    const { api } = setup([]);
    api.draftsFromEvidence.mockImplementation(async (ids) => ({
      made: [{ evidenceId: ids[0]!, recordId: 'r1', fileName: 'coshh.pdf', title: 'COSHH Awareness', suggested: ['title', 'date'] }],
      skipped: [{ evidenceId: ids[1]!, title: 'scan', reason: '“scan” is already cited by the CPD record “Fire drill”.' }],
    }));
    const { container } = renderScreen(<EvidenceScreen />, api, { path: '/evidence' });
    await screen.findByText(/No evidence yet/);
    const option = screen.getByRole('checkbox', { name: /Make a draft CPD record for each file added/ });
    option.focus();
    await user.keyboard(' ');
    expect(option).toBeChecked();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, [new File(['%PDF-1.7 a'], 'coshh.pdf', { type: 'application/pdf' }), new File(['%PDF-1.7 b'], 'scan.pdf', { type: 'application/pdf' })]);
    expect(await screen.findByRole('heading', { name: '1 draft CPD record is waiting for you to review in the CPD log.' })).toHaveFocus();
    expect(api.draftsFromEvidence).toHaveBeenCalledTimes(1);
    expect(api.draftsFromEvidence.mock.calls[0]![0]).toHaveLength(2);
    expect(screen.getByText('coshh.pdf: a draft CPD record, "COSHH Awareness", filled in from its text.')).toBeInTheDocument();
    expect(screen.getByText('No draft: “scan” is already cited by the CPD record “Fire drill”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review them in the CPD log' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
