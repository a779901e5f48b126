import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataOverride } from '../../../../electron/shell/user-data';

const base = { platform: 'linux' as const, homedir: '/home/tech' };

describe('userDataOverride', () => {
  it('leaves Electron its default folder when nothing is chosen', () => {
    expect(userDataOverride({ ...base, env: {} })).toBeUndefined();
    expect(userDataOverride({ ...base, flag: '   ', env: {} })).toBeUndefined();
    expect(userDataOverride({ ...base, env: { TECHFOLIO_DATA_DIR: '' } })).toBeUndefined();
  });

  it('uses --data-dir, made absolute', () => {
    expect(userDataOverride({ ...base, flag: 'portfolio', env: {} })).toBe(path.resolve('portfolio'));
  });

  it('uses TECHFOLIO_DATA_DIR when there is no flag', () => {
    expect(userDataOverride({ ...base, env: { TECHFOLIO_DATA_DIR: '/srv/portfolio' } })).toBe(path.resolve('/srv/portfolio'));
  });

  it('prefers the flag to the environment, as the CLI and browser mode do', () => {
    expect(userDataOverride({ ...base, flag: '/a', env: { TECHFOLIO_DATA_DIR: '/b' } })).toBe(path.resolve('/a'));
  });
});
