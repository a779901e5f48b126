import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import { discardMadeFile, findMadeFile, safeFileName } from '../services/made-files';
import type { ApiServices } from './services';

export const madeFileGone = (): ApiError =>
  new ApiError({ code: 'not-found', message: 'That file is no longer waiting to be saved. Make it again.' });

/**
 * The transport-neutral answer: a download path the loopback host serves. The desktop shell
 * replaces saveExport with its save dialog (electron/shell/save-export.ts).
 */
export function createMadeFilesImpl({ storage }: Pick<ApiServices, 'storage'>): Pick<TechfolioApiImpl, 'saveExport' | 'discardExport'> {
  return {
    saveExport: async (exportId, fileName) => {
      if (!(await findMadeFile(storage.dataDir, exportId))) throw madeFileGone();
      return { status: 'download', path: `exports/${exportId}?name=${encodeURIComponent(safeFileName(fileName))}` };
    },
    discardExport: async (exportId) => ({ discarded: await discardMadeFile(storage.dataDir, exportId) }),
  };
}
