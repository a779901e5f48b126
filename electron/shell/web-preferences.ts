import type { WebPreferences } from 'electron';

export interface WebPreferencesOptions {
  /** Absolute path to the bundled, sandbox-compatible preload (dist/preload.cjs). */
  preloadPath: string;
  /** DevTools only while developing: a packaged app gives no console to paste code into. */
  devTools: boolean;
}

/**
 * The renderer gets no Node, no Electron internals and no way around the web security model:
 * the preload's bridge is its only door to the backend.
 */
export function secureWebPreferences({ preloadPath, devTools }: WebPreferencesOptions): WebPreferences {
  return {
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
    devTools,
  };
}
