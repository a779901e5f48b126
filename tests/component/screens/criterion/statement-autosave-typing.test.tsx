import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CompetenceStatement } from '../../../../core/model/statement';
import { CriterionScreen } from '../../../../renderer/screens/criterion/CriterionScreen';
import { AUTOSAVE_DELAY_MS } from '../../../../renderer/screens/criterion/use-statement-autosave';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';
import { coverageOf, rscitech } from '../framework-fixtures';

const saved = CompetenceStatement.parse({ frameworkId: 'sc-rscitech', code: 'A1', text: 'I planned the shielding.', updatedAt: '2025-10-02T10:00:00.000Z' });
const SAVE_WAIT = { timeout: AUTOSAVE_DELAY_MS + 2000 };

describe('statement autosave while typing', () => {
  beforeEach(() => localStorage.clear());

  it('never refetches its own editor: the textarea keeps its text, focus and caret through a save, and typing goes on at the caret', async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], { frameworks: [rscitech], coverage: { 'sc-rscitech': coverageOf([], [saved]) }, statements: [saved] });
    // The first save is held in flight, so typing carries on while it is out.
    const realSave = api.saveStatement.getMockImplementation()!;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    api.saveStatement.mockImplementationOnce(async (...args) => {
      await gate;
      return realSave(...args);
    });
    renderScreen(<CriterionScreen />, api, { path: '/frameworks/sc-rscitech/A1', pattern: '/frameworks/:id/:code' });
    const box = (await screen.findByRole('textbox', { name: 'Competence statement for A1' })) as HTMLTextAreaElement;
    await waitFor(() => expect(box).toHaveValue(saved.text));
    const statementReads = api.getStatement.mock.calls.length;

    await user.type(box, ' I checked it');
    // The caret goes back before "it", where the next words will go.
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(api.saveStatement).toHaveBeenCalledWith('sc-rscitech', 'A1', `${saved.text} I checked it`), SAVE_WAIT);

    await user.keyboard('and signed ');
    release();
    await waitFor(() => expect(api.saveStatement).toHaveBeenLastCalledWith('sc-rscitech', 'A1', `${saved.text} I checked and signed it`), SAVE_WAIT);
    await screen.findByText(/^Saved \d\d\/\d\d\/\d{4} at/, {}, SAVE_WAIT);

    // The same element all along (never remounted behind a loading state), with everything typed.
    expect(screen.getByRole('textbox', { name: 'Competence statement for A1' })).toBe(box);
    expect(box).toHaveFocus();
    expect(box).toHaveValue(`${saved.text} I checked and signed it`);
    const caret = `${saved.text} I checked and signed `.length;
    expect([box.selectionStart, box.selectionEnd]).toEqual([caret, caret]);
    // Each save put its own answer in place: the statement was not read again under the typing.
    expect(api.getStatement.mock.calls.length).toBe(statementReads);
    await user.keyboard('!');
    expect(box).toHaveValue(`${saved.text} I checked and signed !it`);
  }, 15_000);
});
