/**
 * The statement being typed, kept in localStorage until the backend acknowledges a save, so a
 * crash, a closed window or a failed save never loses a word.
 */
export const statementDraftKey = (frameworkId: string, code: string) => `techfolio.draft.statement.${frameworkId}.${code}`;

export interface StatementDraft {
  text: string;
  /** When it was typed (ISO); a draft older than the saved statement is stale. */
  at: string;
}

export function readStatementDraft(storage: Storage, frameworkId: string, code: string): StatementDraft | null {
  try {
    const raw = storage.getItem(statementDraftKey(frameworkId, code));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StatementDraft>;
    return typeof parsed.text === 'string' && typeof parsed.at === 'string' ? { text: parsed.text, at: parsed.at } : null;
  } catch {
    return null;
  }
}

export function writeStatementDraft(storage: Storage, frameworkId: string, code: string, text: string, at: Date = new Date()): void {
  try {
    storage.setItem(statementDraftKey(frameworkId, code), JSON.stringify({ text, at: at.toISOString() }));
  } catch {
    // Storage full or disabled: the autosave to the backend still runs.
  }
}

/** Removes the draft only if it still holds what was saved: newer typing stays until it is saved too. */
export function clearStatementDraft(storage: Storage, frameworkId: string, code: string, savedText: string): void {
  const draft = readStatementDraft(storage, frameworkId, code);
  if (draft && draft.text === savedText) storage.removeItem(statementDraftKey(frameworkId, code));
}

/** A draft worth offering back: it differs from the saved text and was typed after that save. */
export function draftToRestore(draft: StatementDraft | null, saved: { text: string; updatedAt: string } | null): StatementDraft | null {
  if (!draft) return null;
  if (draft.text === (saved?.text ?? '')) return null;
  if (saved && draft.at < saved.updatedAt) return null;
  return draft;
}
