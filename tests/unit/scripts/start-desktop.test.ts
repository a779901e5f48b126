import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/start-desktop.mjs', import.meta.url));

describe('npm start where Electron cannot run', () => {
  it('says what happened and that npm run start:web serves the same app, with no stack trace, and exits 1', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' }, timeout: 15_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Techfolio's desktop window could not start: there is no Electron program at");
    expect(run.stderr).toContain('nonexistent');
    expect(run.stderr).toContain('npm run start:web');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('ENOENT');
  });
});
