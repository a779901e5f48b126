import { readFile, stat } from 'node:fs/promises';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import { MAX_PREVIEW_BYTES } from '../../core/api/methods/ui-evidence';
import type { ApiServices } from './services';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 });

export function createUiEvidenceImpl({ portfolio, evidence }: ApiServices): Pick<TechfolioApiImpl, 'readEvidenceFile'> {
  return {
    readEvidenceFile: async (id) => {
      const item = portfolio.read().evidence.find((e) => e.id === id);
      if (!item) {
        throw new ApiError({ code: 'not-found', message: 'That evidence item is no longer in your portfolio. It may have been deleted in another window; reload the list.' });
      }
      if (item.kind !== 'file') throw new ApiError({ code: 'refused', message: `"${item.title}" is a ${item.kind}, not a file, so there is nothing to read.` });
      const filePath = evidence.pathFor(item.file.sha256);
      const info = await stat(filePath).catch(() => null);
      if (!info) {
        throw new ApiError({
          code: 'not-found',
          message: `The file of "${item.title}" (${item.file.originalName}) is missing from the evidence folder. Restore a backup, or add the file again.`,
        });
      }
      // Checked on the file itself: the recorded size could be stale if the folder was edited by hand.
      if (info.size > MAX_PREVIEW_BYTES) {
        throw new ApiError({
          code: 'refused',
          message: `${item.file.originalName} is ${megabytes(info.size)} MB; files over ${megabytes(MAX_PREVIEW_BYTES)} MB are kept but not previewed here. It is still included in your pack.`,
        });
      }
      const bytes = await readFile(filePath);
      return { fileName: item.file.originalName, mediaType: item.file.mediaType, size: bytes.length, dataBase64: bytes.toString('base64') };
    },
  };
}
