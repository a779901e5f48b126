import { useState } from 'react';

/**
 * Runs a form's save and keeps why it failed, as "Not saved: …", until the next try. The form
 * keeps what was typed, so a failed save loses nothing.
 */
export function useSaveError() {
  const [saveError, setSaveError] = useState<string | null>(null);
  const attempt = async (save: () => Promise<void>) => {
    setSaveError(null);
    try {
      await save();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };
  return { saveError: saveError && `Not saved: ${saveError}`, attempt };
}
