// The desktop app's wiring: real Electron objects handed to the guards in electron/shell/, which
// hold the logic and are unit-tested with fakes. Keep this file small enough to review line by line.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, protocol, screen, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from './backend';
import { madeFileGone } from './api/made-files-impl';
import { preparedFolderGone } from './api/submission-impl';
import { copyFileAtomic } from './services/atomic-write';
import { dataDirFlag } from './services/data-dir';
import { discardMadeFile, findMadeFile } from './services/made-files';
import { appMenuTemplate } from './shell/app-menu';
import { APP_ENTRY_URL } from './shell/app-origin';
import { assetsDir } from './shell/assets-dir';
import { startupNotice } from '../core/storage/startup-notice';
import { privilegedSchemes, registerAppProtocol } from './shell/app-protocol';
import { registerIpcHandlers } from './shell/ipc-handlers';
import { createDesktopSaveExport } from './shell/save-export';
import { createDesktopOpenFolder } from './shell/open-folder';
import { findSubmissionFolder } from './submission/prepare-submission';
import { createDesktopChooseArchive, showRestoreSection } from './shell/open-archive';
import { ArchiveInbox } from './transfer/archive-inbox';
import { guardUnload } from './shell/unload-guard';
import { createMainWindow } from './shell/main-window';
import { checkAfterSavingProfile, startDueNotifications } from './shell/due-notifications';
import type { ShownNotices } from '../core/notifications/due-notices';
import { rememberWindowState, restorableWindowState, WINDOW_STATE_KEY, type WindowStateStore } from './shell/window-state';
import { guardNavigation } from './shell/navigation-guard';
import { blockNetwork } from './shell/network-block';
import { denyAllPermissions } from './shell/permissions';
import { ensureSingleInstance, focusWindow } from './shell/single-instance';
import { userDataOverride } from './shell/user-data';
import { cliModeArgs, runCliMode } from './shell/cli-mode';

// dist/main.mjs, with dist/preload.cjs and dist/renderer/ beside it (in app.asar once packaged).
const distDir = path.dirname(fileURLToPath(import.meta.url));
const isDevelopment = !app.isPackaged;

// `Techfolio --cli <args>` runs the command line and exits: no window, no single-instance lock
// (the portfolio's own lock keeps it from writing beside a running app).
const cliArgs = cliModeArgs(process.argv);
if (cliArgs) {
  await runCliMode(app, cliArgs, {
    run: async (args, io) => (await import('./cli/program')).runCli(args, io),
    io: { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), env: process.env },
    platform: process.platform,
    umask: (mask) => process.umask(mask),
  });
  // app.exit() has ended the process; never go on to open a window.
  await new Promise<never>(() => {});
}

// Both must happen before `ready`: Chromium reads scheme privileges and the sandbox switch at startup.
protocol.registerSchemesAsPrivileged(privilegedSchemes);
app.enableSandbox();

// A chosen portfolio folder becomes userData before anything reads it, the single-instance lock
// included, so each portfolio folder has its own instance.
const chosenDataDir = userDataOverride({
  flag: dataDirFlag(process.argv),
  env: process.env,
  platform: process.platform,
  homedir: os.homedir(),
});
if (chosenDataDir) app.setPath('userData', chosenDataDir);

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
/** The daily check for what falls due, once started. */
let dueNotifications = { stop: () => {}, checkNow: async () => {} };

/** Where the window was last time, kept beside the portfolio (window-state.json); made once the app is ready. */
let windowStates: WindowStateStore | null = null;

function openMainWindow(): void {
  const place = windowStates && restorableWindowState(windowStates.get(WINDOW_STATE_KEY), screen.getAllDisplays().map((display) => display.workArea));
  const window = createMainWindow(BrowserWindow, {
    preloadPath: path.join(distDir, 'preload.cjs'),
    devTools: isDevelopment,
    darkMode: nativeTheme.shouldUseDarkColors,
    ...(place && { place }),
  });
  if (windowStates) rememberWindowState(window, windowStates, (error) => console.error('Could not remember the window position:', error));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  guardUnload(window.webContents, dialog, () => window);
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the app window:', error));
}

function showAbout(dataDir: string): void {
  const options = {
    type: 'info' as const,
    title: 'About Techfolio',
    message: `Techfolio ${__APP_VERSION__}`,
    detail: `Your CPD portfolio, kept on this computer.\n\nPortfolio folder: ${dataDir}\nElectron ${process.versions.electron}`,
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  // The portfolio folder is its owner's alone (electron/services/private-files.ts).
  if (process.platform !== 'win32') process.umask(0o077);
  backend = await openBackend({
    dataDir,
    transport: 'desktop',
    version: __APP_VERSION__,
    // Packaged, frameworks and fonts sit in resources/assets, outside app.asar.
    assetsDir: assetsDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appRoot: app.getAppPath() }),
  });

  windowStates = new ElectronStore<Record<string, unknown>>({ cwd: dataDir, name: 'window-state', configFileMode: 0o600 });
  registerAppProtocol(protocol, path.join(distDir, 'renderer'));
  const notice = startupNotice(backend.startupCheck);
  denyAllPermissions(session.defaultSession);
  blockNetwork(session.defaultSession);
  registerIpcHandlers(ipcMain, {
    ...backend.impl,
    // Turning notifications on shows what falls due at once.
    saveProfile: checkAfterSavingProfile(backend.impl.saveProfile, () => dueNotifications.checkNow()),
    // Saving is where the desktop differs from browser mode: a native dialog instead of a download.
    saveExport: createDesktopSaveExport({
      dialog,
      window: () => mainWindow,
      find: (exportId) => findMadeFile(dataDir, exportId),
      copy: copyFileAtomic,
      discard: (exportId) => discardMadeFile(dataDir, exportId),
      notFound: madeFileGone,
    }),
    // So is choosing an archive to restore: a native open dialog instead of the page's file picker.
    chooseRestoreArchive: createDesktopChooseArchive({ dialog, window: () => mainWindow, adopt: (file) => new ArchiveInbox(dataDir).adoptFile(file) }),
    // And showing prepared submission files: the system's file manager, which a browser page cannot open.
    openSubmissionFolder: createDesktopOpenFolder({ shell, find: (id) => findSubmissionFolder(dataDir, id), notFound: preparedFolderGone }),
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        platform: process.platform,
        isDevelopment,
        onPrint: () => mainWindow?.webContents.print(),
        onRestore: () => showRestoreSection(mainWindow),
        onAbout: () => showAbout(dataDir),
      }),
    ),
  );
  openMainWindow();
  // What falls due, as system notifications (off until turned on in Settings); what was shown today is kept beside the portfolio.
  const shownNotices = new ElectronStore<{ shown: ShownNotices }>({ cwd: dataDir, name: 'shown-notices', configFileMode: 0o600 });
  dueNotifications = startDueNotifications({
    Notification,
    window: () => mainWindow,
    listDueNotices: backend.impl.listDueNotices,
    shown: { get: () => shownNotices.get('shown') ?? {}, set: (shown) => shownNotices.set('shown', shown) },
    onError: (error) => console.error('Could not check what falls due:', error),
  });
  // The window is there to anchor the message; the user learns what was repaired and where the damaged file is.
  if (notice) void dialog.showMessageBox(mainWindow!, { type: notice.level, title: 'Techfolio', message: notice.message, buttons: ['OK'] });
}

if (ensureSingleInstance(app, () => mainWindow && focusWindow(mainWindow))) {
  // Every WebContents, the main window's and any other, is held to the app's origin.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, (url) => shell.openExternal(url)));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  // The portfolio is closed (writes finished, lock released) before the process ends.
  app.on('will-quit', (event) => {
    if (!backend) return;
    event.preventDefault();
    dueNotifications.stop();
    const closing = backend;
    backend = null;
    closing
      .close()
      .catch((error: unknown) => console.error('Could not close the portfolio cleanly:', error))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Techfolio could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
