/**
 * Unsaved form contents kept on this computer (localStorage), one key per record:
 * techfolio.draft.<kind>.<id|new>. A crash, a closed window or a wrong click loses nothing.
 */
export const draftKey = (kind: string, id: string | undefined): string => `techfolio.draft.${kind}.${id ?? 'new'}`;

type Stored<T> = { savedAt: string; values: T };

export function readDraft<T>(key: string, storage: Storage = localStorage): Stored<T> | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Stored<T>;
    return parsed && typeof parsed === 'object' && 'values' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, values: T, storage: Storage = localStorage): void {
  try {
    storage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
  } catch {
    // Storage full or disabled: the leave warning still protects the work.
  }
}

export function clearDraft(key: string, storage: Storage = localStorage): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a stale draft is offered again, never applied silently.
  }
}
