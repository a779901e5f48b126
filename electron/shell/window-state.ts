import { z } from 'zod';
import { MIN_WINDOW } from './main-window';

/** Where the main window was when it last closed; kept with electron-store in the data folder. */
export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_WINDOW.width).max(100_000),
  height: z.number().int().min(MIN_WINDOW.height).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const WINDOW_STATE_KEY = 'mainWindow';

/** The part of electron-store this module uses. */
export interface WindowStateStore {
  get(key: typeof WINDOW_STATE_KEY): unknown;
  set(key: typeof WINDOW_STATE_KEY, value: WindowState): void;
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of a BrowserWindow whose place is remembered. */
export interface PlacedWindow {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** How much of the title bar must be on a display for the window to be reachable by mouse. */
const GRIP = { width: 200, height: 40 };

function grippable(bounds: Rectangle, area: Rectangle): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = Math.max(bounds.y, area.y);
  const bottom = Math.min(bounds.y + GRIP.height, area.y + area.height);
  return right - left >= Math.min(GRIP.width, bounds.width) && bottom - top >= GRIP.height;
}

/**
 * The stored place to reopen the window at, or undefined for the default: a damaged or hand-edited
 * file is ignored, and so is a place no display shows any more (a laptop taken off its second screen).
 */
export function restorableWindowState(stored: unknown, workAreas: readonly Rectangle[]): WindowState | undefined {
  const parsed = WindowState.safeParse(stored);
  if (!parsed.success) return undefined;
  return workAreas.some((area) => grippable(parsed.data, area)) ? parsed.data : undefined;
}

/** Remembers where the window is each time it closes, unmaximised size included. */
export function rememberWindowState(window: PlacedWindow, store: WindowStateStore, onError: (error: unknown) => void): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const state = WindowState.safeParse({ ...bounds, maximized: window.isMaximized() });
    if (!state.success) return;
    try {
      store.set(WINDOW_STATE_KEY, state.data);
    } catch (error) {
      // A read-only data folder must not stop the window closing.
      onError(error);
    }
  });
}
