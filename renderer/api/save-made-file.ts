import type { TechfolioApi } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { SaveOutcome } from '../../core/api/methods/made-files';
import { downloadFile } from '../components/download-file';
import { storedToken } from './browser-bridge';

/**
 * Delivers a made pack, summary or archive. The desktop app answers saveExport with its own save
 * dialog; browser mode answers with a download path, fetched here with this tab's token, handed
 * to the browser as a download, and then removed from the data folder.
 */
export async function saveMadeFile(api: TechfolioApi, made: { exportId: string; fileName: string }): Promise<SaveOutcome> {
  const outcome = await api.saveExport(made.exportId, made.fileName);
  if (outcome.status !== 'download') return outcome;
  const response = await fetch(`./${outcome.path}`, { headers: { Authorization: `Bearer ${storedToken() ?? ''}` } });
  if (!response.ok) {
    throw new ApiError({ code: 'not-found', message: 'The file could not be downloaded. Make it again, then save it.' });
  }
  downloadFile(made.fileName, await response.blob());
  await api.discardExport(made.exportId);
  return outcome;
}

/** One line for the user about where a made file went. */
export function describeSaveOutcome(outcome: SaveOutcome, fileName: string): string {
  switch (outcome.status) {
    case 'saved':
      return `Saved to ${outcome.path}.`;
    case 'download':
      return `Your browser is saving ${fileName} to its downloads folder.`;
    case 'cancelled':
      return 'Not saved. Make it again whenever you are ready.';
  }
}
