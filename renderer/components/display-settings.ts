import { useSyncExternalStore } from 'react';

/**
 * How the app looks on this computer: theme and text size. Kept per device (localStorage), not in
 * the portfolio, because they belong to the screen rather than the record.
 */
export type Theme = 'light' | 'dark' | 'system';
export type TextSize = 'standard' | 'large' | 'larger';
export type DisplaySettings = { theme: Theme; textSize: TextSize };

export const TEXT_SCALE: Record<TextSize, number> = { standard: 1, large: 1.125, larger: 1.25 };
const KEY = 'techfolio.display';
const DEFAULTS: DisplaySettings = { theme: 'system', textSize: 'standard' };
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: DisplaySettings } | null = null;

function parse(raw: string | null): DisplaySettings {
  try {
    const value = JSON.parse(raw ?? '{}') as Partial<DisplaySettings>;
    return {
      theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system',
      textSize: value.textSize === 'large' || value.textSize === 'larger' ? value.textSize : 'standard',
    };
  } catch {
    return DEFAULTS;
  }
}

function readRaw(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The same object while the stored text is unchanged, as useSyncExternalStore needs. */
export function readDisplaySettings(): DisplaySettings {
  const raw = readRaw();
  if (!cached || cached.raw !== raw) cached = { raw, value: parse(raw) };
  return cached.value;
}

/** Puts the settings on <html>: data-theme for the colours, --text-scale for the type size. */
export function applyDisplaySettings(settings: DisplaySettings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = settings.theme;
  root.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
}

export function saveDisplaySettings(change: Partial<DisplaySettings>): void {
  const value = { ...readDisplaySettings(), ...change };
  const raw = JSON.stringify(value);
  try {
    localStorage.setItem(KEY, raw);
  } catch {
    // The choice still applies for this session.
  }
  cached = { raw: readRaw() ?? raw, value };
  applyDisplaySettings(value);
  listeners.forEach((listener) => listener());
}

export function useDisplaySettings(): DisplaySettings {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      // Another window of the app changed the setting: follow it.
      window.addEventListener('storage', listener);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', listener);
      };
    },
    readDisplaySettings,
    () => DEFAULTS,
  );
}
