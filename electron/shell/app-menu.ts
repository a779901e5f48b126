import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools appear only while developing. */
  isDevelopment: boolean;
  onPrint(): void;
  /** Shows the settings screen's restore section (electron/shell/open-archive.ts showRestoreSection). */
  onRestore(): void;
  onAbout(): void;
}

/**
 * The application menu as data, so it can be checked without Electron. Roles give the native,
 * localised behaviour; nothing here opens a URL.
 */
export function appMenuTemplate({ platform, isDevelopment, onPrint, onRestore, onAbout }: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Restore from a backup…', click: () => onRestore() },
      separator,
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => onPrint() },
      separator,
      // On macOS Quit lives in the app menu and File closes the window.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const development: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About Techfolio', click: () => onAbout() }],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    help,
  ];
}
