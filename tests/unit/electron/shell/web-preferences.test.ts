import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../electron/shell/web-preferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences({ preloadPath: '/app/dist/preload.cjs', devTools: false });

  it('isolates and sandboxes the renderer, with the preload as its only bridge', () => {
    expect(prefs).toMatchObject({ preload: '/app/dist/preload.cjs', contextIsolation: true, sandbox: true });
  });

  it('gives the page no Node anywhere', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keeps the web security model and turns off the risky extras', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('keeps spellcheck on and DevTools as asked', () => {
    expect(prefs.spellcheck).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences({ preloadPath: '/p.cjs', devTools: true }).devTools).toBe(true);
  });
});
