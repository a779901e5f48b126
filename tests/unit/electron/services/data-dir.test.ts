import { describe, expect, it } from 'vitest';
import { dataDirFlag, resolveDataDir } from '../../../../electron/services/data-dir';

describe('resolveDataDir', () => {
  const base = { env: {}, homedir: '/home/sian' };

  it('matches Electron userData for Techfolio on each platform', () => {
    expect(resolveDataDir({ ...base, platform: 'linux' })).toBe('/home/sian/.config/Techfolio');
    expect(resolveDataDir({ ...base, platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' } })).toBe('/xdg/Techfolio');
    expect(resolveDataDir({ ...base, platform: 'darwin' })).toBe('/home/sian/Library/Application Support/Techfolio');
    expect(resolveDataDir({ ...base, platform: 'win32', env: { APPDATA: 'C:\\Users\\sian\\AppData\\Roaming' } })).toBe(
      'C:\\Users\\sian\\AppData\\Roaming\\Techfolio',
    );
  });

  it('prefers --data-dir over TECHFOLIO_DATA_DIR over the default, and makes it absolute', () => {
    const env = { TECHFOLIO_DATA_DIR: '/from/env' };
    expect(resolveDataDir({ ...base, platform: 'linux', env, flag: '/from/flag' })).toBe('/from/flag');
    expect(resolveDataDir({ ...base, platform: 'linux', env })).toBe('/from/env');
    expect(resolveDataDir({ ...base, platform: 'linux', env: { TECHFOLIO_DATA_DIR: '  ' } })).toBe('/home/sian/.config/Techfolio');
    expect(resolveDataDir({ ...base, platform: 'linux', flag: 'rel' })).toBe(`${process.cwd()}/rel`);
  });

  it('reads --data-dir in both spellings', () => {
    expect(dataDirFlag(['electron', '.', '--data-dir', '/a'])).toBe('/a');
    expect(dataDirFlag(['--data-dir=/b'])).toBe('/b');
    expect(dataDirFlag(['--other'])).toBeUndefined();
  });
});
