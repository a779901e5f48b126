import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { CompetenceStatement } from '../../../../core/model/statement';
import { CriterionScreen } from '../../../../renderer/screens/criterion/CriterionScreen';
import { statementDraftKey } from '../../../../renderer/screens/criterion/statement-draft';
import { createFakeApi } from '../../fake-api';
import { never, renderScreen } from '../../render-screen';
import { coverageOf, makeEvidence, rscitech } from '../framework-fixtures';

const course = { kind: 'cpd' as const, id: 'course-0001', title: 'Radiation protection course', date: '2025-10-01', mappings: [{ frameworkId: 'sc-rscitech', code: 'A1', note: '' }], evidenceIds: [] };
const saved = CompetenceStatement.parse({
  frameworkId: 'sc-rscitech',
  code: 'A1',
  text: 'I planned the shielding for the diffractometer.',
  updatedAt: '2025-10-02T10:00:00.000Z',
  versions: [{ text: 'First attempt at A1.', savedAt: '2025-09-01T08:30:00.000Z' }],
});

function setup(statements: CompetenceStatement[] = [saved]) {
  return createFakeApi([], { frameworks: [rscitech], coverage: { 'sc-rscitech': coverageOf([course], statements) }, statements });
}
const at = (code: string) => ({ path: `/frameworks/sc-rscitech/${code}`, pattern: '/frameworks/:id/:code' });

/** Serious and critical axe-core findings in the rendered screen (jsdom has no layout, so no contrast rule). */
async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('Criterion screen', () => {
  beforeEach(() => localStorage.clear());

  it('shows a loading state while the framework loads', () => {
    const { api } = setup();
    api.getFramework.mockReturnValueOnce(never());
    renderScreen(<CriterionScreen />, api, at('A1'));
    expect(screen.getByText(/Loading the criterion/)).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.getFramework.mockRejectedValueOnce(new ApiError({ code: 'not-found', message: 'There is no framework "sc-rscitech".' }));
    renderScreen(<CriterionScreen />, api, at('A1'));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no framework');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^A1: / })).toBeInTheDocument();
  });

  it('says so when the framework has no such criterion', async () => {
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('Z9'));
    expect(await screen.findByRole('alert')).toHaveTextContent('RSciTech has no criterion “Z9”');
  });

  it('shows the official statement, what is mapped (as links) and previous/next criteria', async () => {
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('A2'));
    expect(await screen.findByRole('heading', { level: 1, name: /^A2: / })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Previous: A1' })).toHaveAttribute('href', '/frameworks/sc-rscitech/A1');
    expect(screen.getByRole('link', { name: 'Next: A3 →' })).toHaveAttribute('href', '/frameworks/sc-rscitech/A3');
    expect(await screen.findByText(/Nothing is mapped to A2 yet/)).toBeInTheDocument();
  });

  it('lists the evidence files each record brings, and says how many drafts wait to count', async () => {
    const certificate = makeEvidence({ kind: 'note', title: 'Radiation course certificate', note: 'Certificate number 42.' });
    const withFile = { ...course, evidenceIds: [certificate.id] };
    const draft = { ...course, id: 'draft-0001', title: 'Half-written course notes', draft: true };
    const { api } = createFakeApi([], { frameworks: [rscitech], evidence: [certificate], coverage: { 'sc-rscitech': coverageOf([withFile, draft], [saved]) }, statements: [saved] });
    renderScreen(<CriterionScreen />, api, at('A1'));
    const files = await screen.findByRole('list', { name: 'Evidence that Radiation protection course brings' });
    expect(files).toHaveTextContent('Radiation course certificate');
    expect(screen.queryByText('Half-written course notes')).not.toBeInTheDocument();
    expect(screen.getByText(/1 draft CPD record is also mapped here/)).toBeInTheDocument();
  });

  it('shows official wording for a confirmed criterion and the mapped course as a link', async () => {
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('A1'));
    expect(await screen.findByText('Apply knowledge of underlying concepts and principles associated with area of work.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Radiation protection course' })).toHaveAttribute('href', '/cpd/course-0001');
  });

  it('marks pending wording and links to the official source, opened outside the app', async () => {
    const { api } = setup();
    const pending = rscitech.framework.areas.flatMap((a) => a.criteria).find((c) => c.wordingStatus === 'pending')!;
    renderScreen(<CriterionScreen />, api, at(pending.code));
    expect(await screen.findByText('Wording pending:')).toBeInTheDocument();
    const source = screen.getByRole('link', { name: /the official source/ });
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(source.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('saves the statement when the field loses focus, counts words live, and clears the local draft once saved', async () => {
    const user = userEvent.setup();
    const { api } = setup([]);
    renderScreen(<CriterionScreen />, api, at('A1'));
    const field = await screen.findByRole('textbox', { name: 'Competence statement for A1' });
    await user.click(field);
    await user.paste('I checked the dose rate calculation.');
    expect(screen.getByRole('list', { name: 'Length' })).toHaveTextContent(/\b6 words\b/);
    expect(api.saveStatement).not.toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem(statementDraftKey('sc-rscitech', 'A1'))!)).toMatchObject({ text: 'I checked the dose rate calculation.' });
    await user.tab();
    await waitFor(() => expect(api.saveStatement).toHaveBeenCalledWith('sc-rscitech', 'A1', 'I checked the dose rate calculation.'));
    await waitFor(() => expect(screen.getByText(/^Saved \d\d\/\d\d\/\d{4} at \d\d:\d\d$/)).toBeInTheDocument());
    expect(localStorage.getItem(statementDraftKey('sc-rscitech', 'A1'))).toBeNull();
  });

  it('keeps the typed text on this computer when a save fails, and saves it on retry', async () => {
    const user = userEvent.setup();
    const { api } = setup([]);
    api.saveStatement.mockRejectedValueOnce(new ApiError({ code: 'locked', message: 'The portfolio is busy.' }));
    renderScreen(<CriterionScreen />, api, at('A1'));
    await user.click(await screen.findByRole('textbox', { name: 'Competence statement for A1' }));
    await user.paste('Draft that must survive');
    await user.tab();
    expect(await screen.findByText(/^Not saved: The portfolio is busy\./)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(statementDraftKey('sc-rscitech', 'A1'))!).text).toBe('Draft that must survive');
    await user.click(screen.getByRole('button', { name: 'Try saving again' }));
    await waitFor(() => expect(localStorage.getItem(statementDraftKey('sc-rscitech', 'A1'))).toBeNull());
    expect(api.saveStatement).toHaveBeenLastCalledWith('sc-rscitech', 'A1', 'Draft that must survive');
  });

  it('recovers an unsaved draft newer than the saved statement, says so, and saves it', async () => {
    localStorage.setItem(statementDraftKey('sc-rscitech', 'A1'), JSON.stringify({ text: 'Typed just before the window closed.', at: '2025-10-03T09:00:00.000Z' }));
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('A1'));
    expect(await screen.findByRole('textbox', { name: 'Competence statement for A1' })).toHaveValue('Typed just before the window closed.');
    expect(screen.getByText(/recovered from this computer/)).toBeInTheDocument();
    await waitFor(() => expect(api.saveStatement).toHaveBeenCalledWith('sc-rscitech', 'A1', 'Typed just before the window closed.'));
  });

  it('ignores a draft older than the saved statement', async () => {
    localStorage.setItem(statementDraftKey('sc-rscitech', 'A1'), JSON.stringify({ text: 'Stale text', at: '2025-01-01T00:00:00.000Z' }));
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('A1'));
    expect(await screen.findByRole('textbox', { name: 'Competence statement for A1' })).toHaveValue(saved.text);
    expect(api.saveStatement).not.toHaveBeenCalled();
  });

  it('restores an earlier version from the history', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('A1'));
    await user.click(await screen.findByRole('button', { name: 'Earlier versions (1)' }));
    await user.click(screen.getByRole('button', { name: /^Restore the version from 01\/09\/2025/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Competence statement for A1' })).toHaveValue('First attempt at A1.'));
    expect(api.restoreStatementVersion).toHaveBeenCalledWith('sc-rscitech', 'A1', '2025-09-01T08:30:00.000Z');
    expect(await screen.findByRole('button', { name: 'Earlier versions (2)' })).toBeInTheDocument();
  });

  it('copies the statement as plain text, or selects it for Ctrl+C when the clipboard is denied', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('A1'));
    await screen.findByRole('textbox', { name: 'Competence statement for A1' });
    await user.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    expect(await navigator.clipboard.readText()).toBe(saved.text);
    expect(screen.getByText(/^Copied\./)).toBeInTheDocument();

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    const box = await screen.findByRole('textbox', { name: 'Statement as plain text' });
    expect(box).toHaveAttribute('readonly');
    expect(box).toHaveFocus();
    expect((box as HTMLTextAreaElement).selectionEnd - (box as HTMLTextAreaElement).selectionStart).toBe(saved.text.length);
    expect(screen.getByText(/press Ctrl\+C/)).toBeInTheDocument();
  });

  it('heads a pending criterion by its area, shows our paraphrase only as “Our summary”, and asks for the form’s wording', async () => {
    const { api } = setup();
    const { container } = renderScreen(<CriterionScreen />, api, at('B2'));
    expect(await screen.findByRole('heading', { level: 1, name: 'B2: Area B: Personal responsibility' })).toBeInTheDocument();
    const b2 = rscitech.framework.areas[1]!.criteria[1]!;
    expect(screen.getByText('Our summary:').parentElement).toHaveTextContent(`Our summary: ${b2.heading}`);
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(b2.heading);
    expect(screen.getByRole('textbox', { name: 'Paste the wording from your licensed body’s application form' })).toBeInTheDocument();
    expect(await axeFindings(container)).toEqual([]);
  });

  it('saves the wording pasted from the application form, by keyboard', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.setCriterionOverride.mockImplementation(async () => rscitech);
    renderScreen(<CriterionScreen />, api, at('B2'));
    const box = await screen.findByRole('textbox', { name: 'Paste the wording from your licensed body’s application form' });
    await user.click(box);
    await user.paste('Take responsibility for working safely.');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save the form’s wording' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.setCriterionOverride).toHaveBeenCalledWith('sc-rscitech', 'B2', { formWording: 'Take responsibility for working safely.' }));
  });

  it('asks for the wording rather than saving an empty box', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at('B2'));
    await user.click(await screen.findByRole('button', { name: 'Save the form’s wording' }));
    expect(await screen.findByText(/^Paste the wording first/)).toHaveAttribute('role', 'alert');
    expect(api.setCriterionOverride).not.toHaveBeenCalled();
  });

  it('shows the applicant’s form wording marked as theirs, and lets them remove it', async () => {
    const user = userEvent.setup();
    const b2 = rscitech.framework.areas[1]!.criteria[1]!;
    const pasted = { ...rscitech, overrides: [{ code: 'B2', formWording: 'Take responsibility for working safely.', originalHeading: b2.heading, originalGuidance: b2.guidance }] };
    const { api } = createFakeApi([], { frameworks: [pasted], coverage: { 'sc-rscitech': coverageOf([]) } });
    api.setCriterionOverride.mockImplementation(async () => rscitech);
    const { container } = renderScreen(<CriterionScreen />, api, at('B2'));
    const quote = (await screen.findByText('As given in your application form')).closest('blockquote')!;
    expect(quote).toHaveTextContent('Take responsibility for working safely.');
    expect(screen.getByText('Official wording not confirmed:')).toBeInTheDocument();
    expect(await axeFindings(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Remove it' }));
    await waitFor(() => expect(api.setCriterionOverride).toHaveBeenCalledWith('sc-rscitech', 'B2', { formWording: '' }));
  });

  it('keeps official wording official even when form wording was saved, and says so', async () => {
    const a1 = rscitech.framework.areas[0]!.criteria[0]!;
    const pasted = { ...rscitech, overrides: [{ code: 'A1', formWording: 'Older form text.', originalHeading: a1.heading, originalGuidance: a1.guidance }] };
    const { api } = createFakeApi([], { frameworks: [pasted], coverage: { 'sc-rscitech': coverageOf([]) } });
    renderScreen(<CriterionScreen />, api, at('A1'));
    expect(await screen.findByText('Apply knowledge of underlying concepts and principles associated with area of work.')).toBeInTheDocument();
    expect(screen.getByText(/It is kept, but the official wording above is used because it is confirmed/)).toHaveTextContent('Older form text.');
    expect(screen.queryByRole('textbox', { name: /Paste the wording/ })).toBeNull();
    expect(screen.queryByText('Our summary:')).toBeNull();
  });

  it('saves the user’s own summary of a pending criterion', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.setCriterionOverride.mockImplementation(async () => rscitech);
    renderScreen(<CriterionScreen />, api, at('A2'));
    await user.click(await screen.findByRole('button', { name: 'Edit the summary and guidance' }));
    const summary = screen.getByRole('textbox', { name: /^Summary/ });
    await user.clear(summary);
    await user.type(summary, 'Use the science behind the job');
    await user.click(screen.getByRole('button', { name: 'Save wording' }));
    await waitFor(() => expect(api.setCriterionOverride).toHaveBeenCalledWith('sc-rscitech', 'A2', expect.objectContaining({ heading: 'Use the science behind the job' })));
  });

  it('offers only the guidance of an official criterion for rewording', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.setCriterionOverride.mockImplementation(async () => rscitech);
    renderScreen(<CriterionScreen />, api, at('A1'));
    await user.click(await screen.findByRole('button', { name: 'Edit the guidance' }));
    expect(screen.queryByRole('textbox', { name: /^Summary/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save wording' }));
    await waitFor(() => expect(api.setCriterionOverride).toHaveBeenCalledWith('sc-rscitech', 'A1', { guidance: rscitech.framework.areas[0]!.criteria[0]!.guidance }));
  });

  it('resets a reworded criterion to the framework’s own wording, showing the original meanwhile and keeping the form’s wording', async () => {
    const user = userEvent.setup();
    const a2 = rscitech.framework.areas[0]!.criteria[1]!;
    const reworded = { ...rscitech, overrides: [{ code: 'A2', heading: 'Use the science behind the job', formWording: 'From my form.', originalHeading: a2.heading, originalGuidance: a2.guidance }] };
    const { api } = createFakeApi([], { frameworks: [reworded], coverage: { 'sc-rscitech': coverageOf([]) } });
    api.clearCriterionOverride.mockImplementation(async () => rscitech);
    api.setCriterionOverride.mockImplementation(async () => rscitech);
    renderScreen(<CriterionScreen />, api, at('A2'));
    expect(await screen.findByText('Your summary:')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit the summary and guidance (reworded by you)' }));
    expect(screen.getByText(`The framework’s own summary: “${a2.heading}”`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset to the framework’s wording' }));
    await waitFor(() => expect(api.clearCriterionOverride).toHaveBeenCalledWith('sc-rscitech', 'A2'));
    await waitFor(() => expect(api.setCriterionOverride).toHaveBeenCalledWith('sc-rscitech', 'A2', { formWording: 'From my form.' }));
  });

  it('explains a refused rewording', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    api.setCriterionOverride.mockRejectedValueOnce(new ApiError({ code: 'validation', message: 'Give a new heading, new guidance, or the wording from your application form.' }));
    renderScreen(<CriterionScreen />, api, at('A1'));
    await user.click(await screen.findByRole('button', { name: 'Edit the guidance' }));
    await user.click(screen.getByRole('button', { name: 'Save wording' }));
    expect(await screen.findByText('Give a new heading, new guidance, or the wording from your application form.')).toHaveAttribute('role', 'alert');
  });
});
