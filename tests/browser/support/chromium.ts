import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** The one line a machine with no browser is told: what to install, or how to point at one. */
export const NO_BROWSER =
  'No Chromium, Google Chrome or Microsoft Edge found for the browser tests: install one (Debian/Ubuntu: apt-get install chromium; Windows and macOS: Google Chrome or Microsoft Edge), or set CHROMIUM_PATH to its executable.';

/** Where Chromium, Chrome and Edge install themselves on each system, most likely first. */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((app) => roots.map((root) => path.posix.join(root, app)));
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  const dirs = [...new Set([...(env.PATH ?? '').split(path.posix.delimiter).filter(Boolean), '/usr/bin', '/snap/bin'])];
  return [...names.flatMap((name) => dirs.map((dir) => path.posix.join(dir, name))), '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
}

/** CHROMIUM_PATH if set (it must exist), else the first browser found; undefined when there is none. */
export function findBrowser(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, where there is no file: point it at Chromium, Chrome or Edge, or unset it to look in the usual places.`);
    return env.CHROMIUM_PATH;
  }
  return browserCandidates(platform, env).find((file) => exists(file));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(NO_BROWSER);
  return chromium.launch({
    executablePath,
    headless: true,
    // No background traffic: the only connections are to the loopback host under test.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
