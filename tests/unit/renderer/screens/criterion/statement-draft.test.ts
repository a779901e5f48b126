import { describe, expect, it } from 'vitest';
import { clearStatementDraft, draftToRestore, readStatementDraft, statementDraftKey, writeStatementDraft } from '../../../../../renderer/screens/criterion/statement-draft';

/** The Storage interface over a Map, as the browser's localStorage behaves. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('statement drafts', () => {
  it('keeps the draft under a key per framework and criterion', () => {
    const storage = memoryStorage();
    writeStatementDraft(storage, 'sc-rscitech', 'A1', 'Draft text', new Date('2025-10-01T10:00:00Z'));
    expect(statementDraftKey('sc-rscitech', 'A1')).toBe('techfolio.draft.statement.sc-rscitech.A1');
    expect(readStatementDraft(storage, 'sc-rscitech', 'A1')).toEqual({ text: 'Draft text', at: '2025-10-01T10:00:00.000Z' });
    expect(readStatementDraft(storage, 'sc-rscitech', 'A2')).toBeNull();
  });

  it('removes the draft only when the saved text is exactly what it holds', () => {
    const storage = memoryStorage();
    writeStatementDraft(storage, 'sc-rscitech', 'A1', 'Newer typing');
    clearStatementDraft(storage, 'sc-rscitech', 'A1', 'Older saved text');
    expect(readStatementDraft(storage, 'sc-rscitech', 'A1')?.text).toBe('Newer typing');
    clearStatementDraft(storage, 'sc-rscitech', 'A1', 'Newer typing');
    expect(readStatementDraft(storage, 'sc-rscitech', 'A1')).toBeNull();
  });

  it('reads a damaged draft as none', () => {
    const storage = memoryStorage();
    storage.setItem(statementDraftKey('sc-rscitech', 'A1'), '{not json');
    expect(readStatementDraft(storage, 'sc-rscitech', 'A1')).toBeNull();
  });

  it('offers a draft back only when it differs from and is newer than the saved statement', () => {
    const saved = { text: 'Saved', updatedAt: '2025-10-02T00:00:00.000Z' };
    expect(draftToRestore({ text: 'Typed later', at: '2025-10-03T00:00:00.000Z' }, saved)?.text).toBe('Typed later');
    expect(draftToRestore({ text: 'Typed earlier', at: '2025-10-01T00:00:00.000Z' }, saved)).toBeNull();
    expect(draftToRestore({ text: 'Saved', at: '2025-10-03T00:00:00.000Z' }, saved)).toBeNull();
    expect(draftToRestore({ text: 'Never saved', at: '2025-10-01T00:00:00.000Z' }, null)?.text).toBe('Never saved');
    expect(draftToRestore(null, saved)).toBeNull();
  });
});
