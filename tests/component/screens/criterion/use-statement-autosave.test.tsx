import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CompetenceStatement } from '../../../../core/model/statement';
import { AUTOSAVE_DELAY_MS, useStatementAutosave } from '../../../../renderer/screens/criterion/use-statement-autosave';
import { readStatementDraft } from '../../../../renderer/screens/criterion/statement-draft';

const statementOf = (text: string) => CompetenceStatement.parse({ frameworkId: 'sc-rscitech', code: 'A1', text, updatedAt: '2025-10-02T10:00:00.000Z' });

/** A save the test finishes by hand, to hold one in flight. */
function manualSave() {
  const calls: { text: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = vi.fn(
    (text: string) =>
      new Promise<CompetenceStatement>((resolve, reject) => {
        calls.push({ text, resolve: () => resolve(statementOf(text)), reject });
      }),
  );
  return { save, calls };
}

describe('useStatementAutosave', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('saves a few seconds after typing pauses, not on every keystroke', async () => {
    const { save, calls } = manualSave();
    const { result } = renderHook(() => useStatementAutosave({ frameworkId: 'sc-rscitech', code: 'A1', saved: null, save }));
    act(() => result.current.setText('I'));
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    act(() => result.current.setText('I checked'));
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    expect(save).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('I checked');
    await act(async () => calls[0]!.resolve());
    expect(result.current.status.kind).toBe('saved');
  });

  it('saves text typed while a save was in flight once that save lands, so the latest text always wins', async () => {
    const { save, calls } = manualSave();
    const { result } = renderHook(() => useStatementAutosave({ frameworkId: 'sc-rscitech', code: 'A1', saved: null, save }));
    act(() => result.current.setText('First'));
    act(() => void result.current.flush());
    act(() => result.current.setText('First and second'));
    act(() => void result.current.flush());
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => calls[0]!.resolve());
    expect(save).toHaveBeenLastCalledWith('First and second');
    await act(async () => calls[1]!.resolve());
    expect(result.current.status.kind).toBe('saved');
    expect(readStatementDraft(localStorage, 'sc-rscitech', 'A1')).toBeNull();
  });

  it('does not retry a refused save in a loop, and keeps the draft until a later save succeeds', async () => {
    const { save, calls } = manualSave();
    const { result } = renderHook(() => useStatementAutosave({ frameworkId: 'sc-rscitech', code: 'A1', saved: null, save }));
    act(() => result.current.setText('Keep me'));
    act(() => void result.current.flush());
    await act(async () => calls[0]!.reject(new Error('The portfolio is busy.')));
    await act(async () => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 10));
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.status).toEqual({ kind: 'failed', message: 'The portfolio is busy.' });
    expect(readStatementDraft(localStorage, 'sc-rscitech', 'A1')?.text).toBe('Keep me');
  });

  it('saves what was typed when the editor is left', () => {
    const { save } = manualSave();
    const { result, unmount } = renderHook(() => useStatementAutosave({ frameworkId: 'sc-rscitech', code: 'A1', saved: statementOf('Old'), save }));
    act(() => result.current.setText('New before leaving'));
    unmount();
    expect(save).toHaveBeenCalledWith('New before leaving');
  });
});
