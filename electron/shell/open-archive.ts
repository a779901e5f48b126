import type { BrowserWindow, Dialog } from 'electron';
import type { TechfolioApiImpl } from '../../core/api/contract';
import type { ReceivedArchive } from '../../core/api/methods/transfer';

export interface OpenArchiveDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: () => BrowserWindow | null;
  /** Takes a copy of the chosen file into the data folder (electron/transfer/archive-inbox.ts). */
  adopt: (filePath: string) => Promise<ReceivedArchive>;
}

/** The desktop's chooseRestoreArchive: a native open dialog for .techfolio files, then a copy taken in. */
export function createDesktopChooseArchive(deps: OpenArchiveDeps): TechfolioApiImpl['chooseRestoreArchive'] {
  return async () => {
    const options = {
      title: 'Restore from a backup archive',
      properties: ['openFile' as const],
      filters: [{ name: 'Techfolio backup', extensions: ['techfolio'] }],
    };
    const window = deps.window();
    const choice = await (window ? deps.dialog.showOpenDialog(window, options) : deps.dialog.showOpenDialog(options));
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return { status: 'cancelled' };
    return { status: 'chosen', ...(await deps.adopt(filePath)) };
  };
}

/** Where the menu's "Restore from a backup…" takes the app: the settings screen's restore section. */
export const RESTORE_SECTION_HASH = '#/settings/restore';

/**
 * Sends the renderer to the restore section by changing its address fragment: the hash router (and
 * its guard against leaving unsaved work) handles it like any link, without reloading the page.
 */
export function showRestoreSection(window: Pick<BrowserWindow, 'webContents' | 'show' | 'focus'> | null): void {
  if (!window) return;
  window.show();
  window.focus();
  void window.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(RESTORE_SECTION_HASH)}`);
}
