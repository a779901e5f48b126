import type { BrowserWindowConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, MIN_WINDOW, WINDOW_BACKGROUND } from '../../../../electron/shell/main-window';

/** A BrowserWindow that records its options and emits like one. */
class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
}

const preloadPath = '/app/dist/preload.cjs';

describe('createMainWindow', () => {
  it('builds a locked-down window with the preload', () => {
    const window = createMainWindow(FakeWindow, { preloadPath, devTools: false, darkMode: false });
    expect(FakeWindow.created).toContain(window);
    expect(window.options.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: false,
    });
  });

  it('is titled Techfolio, has a usable minimum size, and paints the page background first', () => {
    const light = createMainWindow(FakeWindow, { preloadPath, devTools: false, darkMode: false }).options;
    expect(light.title).toBe('Techfolio');
    expect(light.minWidth).toBeGreaterThanOrEqual(720);
    expect(light.minHeight).toBeGreaterThanOrEqual(480);
    expect(light.width).toBeGreaterThanOrEqual(light.minWidth ?? 0);
    expect(light.height).toBeGreaterThanOrEqual(light.minHeight ?? 0);
    expect(light.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    const dark = createMainWindow(FakeWindow, { preloadPath, devTools: false, darkMode: true }).options;
    expect(dark.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('stays hidden until ready-to-show, then shows once', () => {
    const window = createMainWindow(FakeWindow, { preloadPath, devTools: true, darkMode: false });
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences?.devTools).toBe(true);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('reopens where it was last closed, maximised if it was, and never below the minimum size', () => {
    const place = { x: 1930, y: 40, width: 1000, height: 700 };
    const window = createMainWindow(FakeWindow, { preloadPath, devTools: false, darkMode: false, place: { ...place, maximized: true } });
    expect(window.options).toMatchObject(place);
    expect(window.options.minWidth).toBe(MIN_WINDOW.width);
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledTimes(1);
    expect(window.show).not.toHaveBeenCalled();
  });
});
