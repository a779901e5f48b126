import type { BrowserWindow, Dialog } from 'electron';
import type { TechfolioApiImpl } from '../../core/api/contract';

export interface SaveExportDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  /** The made file's path in the data folder, or null if it is gone. */
  find: (exportId: string) => Promise<{ path: string } | null>;
  /** Copies atomically: the chosen path never holds half a file. */
  copy: (from: string, to: string) => Promise<void>;
  /** Removes the waiting copy once it is saved. */
  discard: (exportId: string) => Promise<unknown>;
  notFound: () => Error;
}

const filters: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.techfolio': { name: 'Techfolio backup', extensions: ['techfolio'] },
  '.zip': { name: 'Zip archive', extensions: ['zip'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
};

/** The desktop's saveExport: a native save dialog, then an atomic copy to where the user chose. */
export function createDesktopSaveExport(deps: SaveExportDeps): TechfolioApiImpl['saveExport'] {
  return async (exportId, fileName) => {
    const made = await deps.find(exportId);
    if (!made) throw deps.notFound();
    const extension = Object.keys(filters).find((ext) => made.path.endsWith(ext));
    const options = { defaultPath: fileName, filters: extension ? [filters[extension]!] : [] };
    const window = deps.window();
    const choice = await (window ? deps.dialog.showSaveDialog(window, options) : deps.dialog.showSaveDialog(options));
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    await deps.copy(made.path, choice.filePath);
    await deps.discard(exportId);
    return { status: 'saved', path: choice.filePath };
  };
}
