import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences, type WebPreferencesOptions } from './web-preferences';

export interface MainWindowOptions extends WebPreferencesOptions {
  /** `nativeTheme.shouldUseDarkColors`: the renderer follows the system theme, and so does the first frame. */
  darkMode: boolean;
  /** Where the window was when it last closed (./window-state.ts); centred at the default size if absent. */
  place?: { x: number; y: number; width: number; height: number; maximized?: boolean };
}

/** Room for the record form beside the list; smaller than a 1024x768 screen. */
export const MIN_WINDOW = { width: 800, height: 560 } as const;

/** The parts of a BrowserWindow the factory touches. */
export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
}

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** The renderer's page backgrounds (--bg in app.css), so the window never flashes the wrong colour. */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#0f1419' } as const;

export function mainWindowOptions({ darkMode, place, ...preferences }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'Techfolio',
    width: 1200,
    height: 800,
    ...(place && { x: place.x, y: place.y, width: place.width, height: place.height }),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    backgroundColor: darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    show: false,
    webPreferences: secureWebPreferences(preferences),
  };
}

/** The main window, hidden until its first paint is ready. It loads nothing: the caller does, once guards are in place. */
export function createMainWindow<W extends ShowableWindow>(BrowserWindowCtor: WindowConstructor<W>, options: MainWindowOptions): W {
  const window = new BrowserWindowCtor(mainWindowOptions(options));
  // Maximising shows the window too; either way it appears once, at its first paint.
  window.once('ready-to-show', () => (options.place?.maximized ? window.maximize() : window.show()));
  return window;
}
