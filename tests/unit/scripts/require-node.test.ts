import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { olderThan } from '../../../scripts/require-node.mjs';

const script = path.resolve(import.meta.dirname, '../../../scripts/require-node.mjs');

describe('require-node', () => {
  it('compares versions part by part, as numbers', () => {
    expect(olderThan('v20.20.2', '22.12')).toBe(true);
    expect(olderThan('v22.11.9', '22.12')).toBe(true);
    expect(olderThan('v22.12.0', '22.12')).toBe(false);
    expect(olderThan('v24.1.0', '22.12.0')).toBe(false);
    expect(olderThan('v20.9.0', '20.19')).toBe(true);
  });

  it('stops with one line on an older Node, and passes quietly on a new enough one', () => {
    const tooNew = spawnSync(process.execPath, [script, '99.0', 'building installers'], { encoding: 'utf8' });
    expect(tooNew.status).toBe(1);
    expect(tooNew.stderr.trim().split('\n')).toHaveLength(1);
    expect(tooNew.stderr).toContain('Node 99.0 or newer is needed for building installers');
    const fine = spawnSync(process.execPath, [script, '20.0', 'building installers'], { encoding: 'utf8' });
    expect(fine.status).toBe(0);
    expect(fine.stderr).toBe('');
  });
});
