import { describe, expect, it } from 'vitest';
import { NO_BROWSER, findBrowser } from '../../browser/support/chromium';

/** A machine holding exactly these files. */
const machine = (...files: string[]) => (file: string) => files.includes(file);

describe('the browser the browser tests drive', () => {
  it('finds Debian Chromium, Chrome or Edge on Linux, on PATH or where they install themselves', () => {
    expect(findBrowser('linux', { PATH: '/usr/local/bin:/usr/bin' }, machine('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findBrowser('linux', { PATH: '/home/me/bin' }, machine('/home/me/bin/google-chrome-stable'))).toBe('/home/me/bin/google-chrome-stable');
    expect(findBrowser('linux', {}, machine('/snap/bin/chromium'))).toBe('/snap/bin/chromium');
    expect(findBrowser('linux', {}, machine('/opt/microsoft/msedge/msedge'))).toBe('/opt/microsoft/msedge/msedge');
    // Chromium before Chrome when both are there.
    expect(findBrowser('linux', { PATH: '/usr/bin' }, machine('/usr/bin/google-chrome', '/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('finds Chrome or Edge on Windows under Program Files or the user profile', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' };
    expect(findBrowser('win32', env, machine('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'))).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(findBrowser('win32', env, machine('C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'))).toBe('C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('finds Chromium, Chrome or Edge on macOS in /Applications or ~/Applications', () => {
    expect(findBrowser('darwin', {}, machine('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(findBrowser('darwin', { HOME: '/Users/me' }, machine('/Users/me/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'))).toBe('/Users/me/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('takes CHROMIUM_PATH first, and says so when it names no file', () => {
    expect(findBrowser('linux', { CHROMIUM_PATH: '/opt/mine/chrome', PATH: '/usr/bin' }, machine('/opt/mine/chrome', '/usr/bin/chromium'))).toBe('/opt/mine/chrome');
    expect(() => findBrowser('linux', { CHROMIUM_PATH: '/opt/gone/chrome' }, machine('/usr/bin/chromium'))).toThrow('CHROMIUM_PATH is set to /opt/gone/chrome');
  });

  it('finds none on a machine without one, and then says in one line what to install', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) expect(findBrowser(platform, { PATH: '/usr/bin' }, machine())).toBeUndefined();
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toMatch(/apt-get install chromium.*Google Chrome or Microsoft Edge.*CHROMIUM_PATH/);
  });
});
