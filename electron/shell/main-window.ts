import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences, type WebPreferencesOptions } from './web-preferences';

export interface MainWindowOptions extends WebPreferencesOptions {
  /** `nativeTheme.shouldUseDarkColors`: the renderer follows the system theme, and so does the first frame. */
  darkMode: boolean;
}

/** The parts of a BrowserWindow the factory touches. */
export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** The renderer's page backgrounds (--bg in app.css), so the window never flashes the wrong colour. */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#0f1419' } as const;

export function mainWindowOptions({ darkMode, ...preferences }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'Techfolio',
    width: 1200,
    height: 800,
    // Room for the record form beside the list; smaller than a 1024x768 screen.
    minWidth: 800,
    minHeight: 560,
    backgroundColor: darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    show: false,
    webPreferences: secureWebPreferences(preferences),
  };
}

/** The main window, hidden until its first paint is ready. It loads nothing: the caller does, once guards are in place. */
export function createMainWindow<W extends ShowableWindow>(BrowserWindowCtor: WindowConstructor<W>, options: MainWindowOptions): W {
  const window = new BrowserWindowCtor(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  return window;
}
