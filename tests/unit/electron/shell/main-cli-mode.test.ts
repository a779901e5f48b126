// electron/main.ts with `--cli`, against fake Electron objects: the command runs and the app
// exits with its code before any window, lock or scheme exists.
import { afterEach, describe, expect, it, vi } from 'vitest';

function fakeElectron() {
  const app = {
    isPackaged: true,
    exit: vi.fn(),
    dock: { hide: vi.fn() },
    enableSandbox: vi.fn(),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => new Promise(() => {})),
    on: vi.fn(),
  };
  const BrowserWindow = vi.fn();
  return { app, BrowserWindow, protocol: { registerSchemesAsPrivileged: vi.fn() } };
}

describe('electron/main.ts --cli', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    vi.restoreAllMocks();
    vi.doUnmock('electron');
    vi.doUnmock('electron-store');
  });

  it('answers as the techfolio command and exits with its code, opening nothing', async () => {
    vi.resetModules();
    const electron = fakeElectron();
    vi.doMock('electron', () => electron);
    vi.doMock('electron-store', () => ({ default: vi.fn() }));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => (written.push(String(text)), true));
    process.argv = ['/opt/Techfolio/techfolio', '--cli', '--version'];
    // The module never finishes evaluating (the process would have ended): wait for the exit instead.
    void import('../../../../electron/main');
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0), { timeout: 20_000 });
    expect(written.join('').trim()).toBe(__APP_VERSION__);
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.BrowserWindow).not.toHaveBeenCalled();
  }, 30_000);
});
