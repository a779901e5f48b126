// electron/main.ts cannot run here (no Electron binary), so it runs against fake Electron objects:
// these tests check that the real wiring hands every guard the real objects, in the right order.
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { apiMethods, ipcChannel, type ApiMethod } from '../../../../core/api/contract';
import type { BackendOptions } from '../../../../electron/backend';
import { APP_ENTRY_URL } from '../../../../electron/shell/app-origin';
import { privilegedSchemes } from '../../../../electron/shell/app-protocol';

const electronDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../electron');

interface FakeEvent {
  preventDefault: ReturnType<typeof vi.fn>;
}
const event = (extra: object = {}): FakeEvent => ({ preventDefault: vi.fn(), ...extra });

function fakeElectron(options: { lock: boolean }) {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  class FakeApp extends EventEmitter {
    isPackaged = false;
    enableSandbox = vi.fn();
    setPath = vi.fn();
    getPath = vi.fn((name: string) => `/fake/${name}`);
    getAppPath = vi.fn(() => '/fake/app-root');
    requestSingleInstanceLock = vi.fn(() => options.lock);
    quit = vi.fn();
    exit = vi.fn();
    whenReady = vi.fn(() => ready);
  }

  class FakeWebContents extends EventEmitter {
    print = vi.fn();
    executeJavaScript = vi.fn(async (_code: string) => {});
    openHandler: ((details: { url: string }) => unknown) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.openHandler = handler;
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static created: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.created;
    webContents = new FakeWebContents();
    show = vi.fn();
    focus = vi.fn();
    maximize = vi.fn();
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 120, y: 80, width: 1000, height: 700 }));
    loadURL = vi.fn(async (_url: string) => {});
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      FakeBrowserWindow.created.push(this);
    }
  }

  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
  };

  /** Electron's Notification: records what was shown. */
  class FakeNotification {
    static shown: FakeNotification[] = [];
    static isSupported = () => true;
    listeners: Record<string, () => void> = {};
    constructor(readonly options: { title: string; body: string }) {}
    on(event: string, listener: () => void) {
      this.listeners[event] = listener;
    }
    show() {
      FakeNotification.shown.push(this);
    }
  }

  const electron = {
    Notification: FakeNotification,
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: true })) },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })), setApplicationMenu: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
    session: { defaultSession },
    shell: { openExternal: vi.fn(async (_url: string) => {}), openPath: vi.fn(async (_path: string) => '') },
  };
  return { electron, markReady, FakeWebContents };
}

function fakeBackend(startupCheck: { outcome: string; message: string }) {
  // Every method of the contract, whatever it grows to; getInfo answers so a trusted call can be seen through.
  const api = Object.fromEntries(apiMethods.map((method) => [method, vi.fn(async () => ({ answeredBy: method }))])) as Record<
    ApiMethod,
    Mock<() => Promise<unknown>>
  >;
  return { impl: api, startupCheck, close: vi.fn(async () => {}) };
}

async function launch({ lock = true, dataDirEnv = '', openBackendFails = false, startupCheck = { outcome: 'ok', message: '' }, windowState = undefined as unknown } = {}) {
  vi.resetModules();
  vi.stubEnv('TECHFOLIO_DATA_DIR', dataDirEnv);
  const fakes = fakeElectron({ lock });
  const backend = fakeBackend(startupCheck);
  const openBackend = vi.fn(async (_options: BackendOptions) => {
    if (openBackendFails) throw new Error('The portfolio is open in another Techfolio.');
    return backend;
  });
  // electron-store over a map: what the window-state file would hold.
  const stored = new Map<string, unknown>(windowState === undefined ? [] : [['mainWindow', windowState]]);
  const ElectronStore = vi.fn(function (this: object, options: object) {
    Object.assign(this, { options, get: vi.fn((key: string) => stored.get(key)), set: vi.fn((key: string, value: unknown) => stored.set(key, value)) });
  });
  vi.doMock('electron', () => fakes.electron);
  vi.doMock('electron-store', () => ({ default: ElectronStore }));
  vi.doMock('../../../../electron/backend', () => ({ openBackend }));
  await import('../../../../electron/main');
  return { ...fakes, backend, openBackend, ElectronStore, stored };
}

/** Lets the app become ready and waits until the window exists. */
async function launchReady(options: Parameters<typeof launch>[0] = {}) {
  const launched = await launch(options);
  launched.markReady();
  await vi.waitFor(() => expect(launched.electron.BrowserWindow.created).toHaveLength(1));
  return launched;
}

describe('electron/main.ts', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock('electron');
    vi.doUnmock('electron-store');
    vi.doUnmock('../../../../electron/backend');
  });

  it('registers the app:// scheme and enables the sandbox before ready, and waits for ready', async () => {
    const { electron, openBackend } = await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(privilegedSchemes);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.whenReady).toHaveBeenCalled();
    expect(openBackend).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('keeps Electron’s userData when no folder is chosen', async () => {
    const { electron } = await launch();
    expect(electron.app.setPath).not.toHaveBeenCalled();
  });

  it('sets userData to a chosen folder before taking the single-instance lock', async () => {
    const { electron } = await launch({ dataDirEnv: '/srv/portfolio' });
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve('/srv/portfolio'));
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron, markReady, openBackend } = await launch({ lock: false });
    markReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(openBackend).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('notifies what falls due through Electron’s Notification, and a click opens its screen in the window', async () => {
    const launched = await launch();
    launched.backend.impl.listDueNotices.mockResolvedValue({
      enabled: true,
      today: '2026-12-05',
      notices: [{ key: 'goal-1@techfolio.local', title: 'Goal due: Write the SOP', body: 'Due tomorrow.', route: '/profile', date: '2026-12-06' }],
    });
    launched.markReady();
    const { Notification } = launched.electron;
    await vi.waitFor(() => expect(Notification.shown).toHaveLength(1));
    expect(Notification.shown[0]!.options).toEqual({ title: 'Goal due: Write the SOP', body: 'Due tomorrow.' });
    expect(launched.ElectronStore).toHaveBeenCalledWith({ cwd: '/fake/userData', name: 'shown-notices', configFileMode: 0o600 });
    expect(launched.stored.get('shown')).toEqual({ 'goal-1@techfolio.local': '2026-12-05' });
    Notification.shown[0]!.listeners.click!();
    const [window] = launched.electron.BrowserWindow.created;
    expect(window!.webContents.executeJavaScript).toHaveBeenCalledWith('window.location.hash = "#/profile"');
  });

  it('opens the portfolio in userData', async () => {
    const { openBackend } = await launchReady();
    const options = openBackend.mock.calls[0]![0];
    expect(options).toMatchObject({ dataDir: '/fake/userData', transport: 'desktop', version: __APP_VERSION__ });
    // Unpackaged (npm start), frameworks and fonts are read from the checkout's assets/.
    expect(options.assetsDir).toBe(path.join('/fake/app-root', 'assets'));
  });

  it('reopens the window where it was closed, and remembers the new place with electron-store in userData', async () => {
    const { electron, ElectronStore, stored } = await launchReady({ windowState: { x: 300, y: 120, width: 1000, height: 720, maximized: false } });
    expect(ElectronStore).toHaveBeenCalledWith({ cwd: '/fake/userData', name: 'window-state', configFileMode: 0o600 });
    const [window] = electron.BrowserWindow.created;
    expect(window!.options).toMatchObject({ x: 300, y: 120, width: 1000, height: 720 });
    window!.emit('close');
    expect(stored.get('mainWindow')).toEqual({ x: 120, y: 80, width: 1000, height: 700, maximized: false });
  });

  it('opens at the default size when the remembered place is on a screen no longer connected', async () => {
    const { electron } = await launchReady({ windowState: { x: 2400, y: 100, width: 1000, height: 720, maximized: false } });
    const [window] = electron.BrowserWindow.created;
    expect(window!.options.x).toBeUndefined();
    expect(window!.options).toMatchObject({ width: 1200, height: 800 });
  });

  it('saves made files through the desktop save dialog, not the download answer browser mode gives', async () => {
    const { electron, backend } = await launchReady();
    const saveExport = electron.ipcMain.handle.mock.calls.find((call) => call[0] === ipcChannel('saveExport'))![1] as (
      e: object,
      ...args: unknown[]
    ) => Promise<unknown>;
    // No such file waits in /fake/userData/exports, so the desktop version refuses before any dialog.
    expect(await saveExport({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, 'pack-00000001', 'Pack.pdf')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(backend.impl.saveExport).not.toHaveBeenCalled();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('opens prepared submission files with the shell, not the path browser mode answers with', async () => {
    const { electron, backend } = await launchReady();
    const openFolder = electron.ipcMain.handle.mock.calls.find((call) => call[0] === ipcChannel('openSubmissionFolder'))![1] as (
      e: object,
      ...args: unknown[]
    ) => Promise<unknown>;
    // No such folder waits in /fake/userData/exports, so the desktop version refuses before the shell is asked.
    expect(await openFolder({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, 'submission-00000001')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(backend.impl.openSubmissionFolder).not.toHaveBeenCalled();
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it('says nothing on a normal start', async () => {
    const { electron } = await launchReady();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('tells the user when the startup check restored a backup, naming where the damaged file went', async () => {
    const message = 'Your portfolio could not be read. It was moved to /fake/userData/damaged/portfolio.json; the latest backup was restored.';
    const { electron } = await launchReady({ startupCheck: { outcome: 'restored', message } });
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(electron.BrowserWindow.created[0], expect.objectContaining({ type: 'warning', message }));
  });

  it('serves the renderer folder on app:// and guards the session', async () => {
    const { electron } = await launchReady();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const session = electron.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    const block = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: object) => void) => void;
    const callback = vi.fn();
    block({ url: 'https://example.org/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(expect.stringMatching(/^app:\/\//));
  });

  it('registers an IPC handler for every API method, refusing foreign senders', async () => {
    const { electron, backend } = await launchReady();
    const channels = electron.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual(apiMethods.map(ipcChannel).sort());
    const getInfo = electron.ipcMain.handle.mock.calls.find((call) => call[0] === ipcChannel('getInfo'))![1] as (
      e: object,
    ) => Promise<unknown>;
    expect(await getInfo({ senderFrame: { url: 'https://evil.example/', parent: null } })).toMatchObject({ error: { code: 'forbidden' } });
    expect(backend.impl.getInfo).not.toHaveBeenCalled();
    expect(await getInfo({ senderFrame: { url: APP_ENTRY_URL, parent: null } })).toEqual({ ok: true, value: { answeredBy: 'getInfo' } });
  });

  it('creates one locked-down window with the bundled preload and loads app://techfolio/index.html', async () => {
    const { electron } = await launchReady();
    const [window] = electron.BrowserWindow.created;
    expect(window!.options.show).toBe(false);
    // Unsaved work in the window is asked about, not silently kept open (electron/shell/unload-guard.ts).
    expect(window!.webContents.listenerCount('will-prevent-unload')).toBe(1);
    expect(window!.options.webPreferences).toMatchObject({
      preload: path.join(electronDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: true, // not packaged
    });
    expect(window!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    window!.emit('ready-to-show');
    expect(window!.show).toHaveBeenCalled();
  });

  it('sets the menu, whose Print prints the window', async () => {
    const { electron } = await launchReady();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0];
    const file = template.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[];
    (file.find((item) => item.label === 'Print…')!.click as () => void)();
    expect(electron.BrowserWindow.created[0]!.webContents.print).toHaveBeenCalled();
  });

  it('guards every WebContents as it is created', async () => {
    const { electron, FakeWebContents } = await launchReady();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', event(), contents);
    const navigation = event({ url: 'https://evil.example/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'https://example.org/help' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/help');
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes (not on macOS)', async () => {
    const { electron } = await launchReady();
    electron.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(electron.app.quit).not.toHaveBeenCalled();
    else expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('closes the portfolio before the process ends', async () => {
    const { electron, backend } = await launchReady();
    const first = event();
    electron.app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(backend.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    // The quit that follows is let through.
    const second = event();
    electron.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('never loads the renderer from file://', async () => {
    const source = await readFile(path.join(electronDir, 'main.ts'), 'utf8');
    expect(source).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('says why and exits when the portfolio cannot be opened', async () => {
    const { electron, markReady } = await launch({ openBackendFails: true });
    markReady();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Techfolio could not start', 'The portfolio is open in another Techfolio.');
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });
});
