import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron } from '../../../scripts/test-electron.mjs';

const script = path.resolve(import.meta.dirname, '../../../scripts/test-electron.mjs');
// As on a machine without the Electron program: the package points at a folder that does not exist.
const noElectron = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' };

describe('npm run test:electron without Electron', () => {
  it('finds no Electron program', () => {
    expect(findElectron(noElectron)).toBeUndefined();
  });

  it('says so in one line and exits 1', () => {
    const run = spawnSync(process.execPath, [script], { env: noElectron, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('Electron is not installed here')]);
  });
});
