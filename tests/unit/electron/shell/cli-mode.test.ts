import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { cliModeArgs, runCliMode, type CliModeApp } from '../../../../electron/shell/cli-mode';
import { makeTempDir } from '../../../support/temp-dir';

function fakes(platform: NodeJS.Platform = 'linux') {
  const app = { exit: vi.fn(), dock: { hide: vi.fn() } } satisfies CliModeApp;
  const io = { out: '', err: '' };
  const deps = {
    io: { out: (text: string) => void (io.out += text), err: (text: string) => void (io.err += text), env: {} },
    platform,
    umask: vi.fn(),
  };
  return { app, io, deps };
}

describe('cliModeArgs', () => {
  it('takes what follows --cli, from a packaged executable or from Electron with the app folder', () => {
    expect(cliModeArgs(['/opt/Techfolio/techfolio', '--cli', 'list', '--json'])).toEqual(['list', '--json']);
    expect(cliModeArgs(['/x/electron', 'dist/main.mjs', '--cli', '--version'])).toEqual(['--version']);
    expect(cliModeArgs(['C:\\Techfolio\\Techfolio.exe', '--cli'])).toEqual([]);
  });

  it('is undefined for a normal start, even with other flags', () => {
    expect(cliModeArgs(['/opt/Techfolio/techfolio'])).toBeUndefined();
    expect(cliModeArgs(['/opt/Techfolio/techfolio', '--data-dir', '/srv/p'])).toBeUndefined();
  });
});

describe('runCliMode', () => {
  it('runs the real command line, writes its output, and exits with its code', async () => {
    const { app, io, deps } = fakes();
    expect(await runCliMode(app, ['--version'], { ...deps, run: runCli })).toBe(0);
    expect(io.out.trim()).toBe(__APP_VERSION__);
    expect(app.exit).toHaveBeenCalledWith(0);
    expect(app.dock.hide).toHaveBeenCalled();
    expect(deps.umask).toHaveBeenCalledWith(0o077);
  });

  it('exits 2 on a usage mistake and 1 on a refused command, as the techfolio command does', async () => {
    const temp = await makeTempDir('techfolio-cli-mode-');
    try {
      const usage = fakes();
      await runCliMode(usage.app, ['no-such-command'], { ...usage.deps, run: runCli });
      expect(usage.app.exit).toHaveBeenCalledWith(2);
      const refused = fakes();
      await runCliMode(refused.app, ['--data-dir', temp.dir, 'restore', `${temp.dir}/missing.techfolio`], { ...refused.deps, run: runCli });
      expect(refused.app.exit).toHaveBeenCalledWith(1);
      expect(refused.io.err).toContain('Cannot read');
    } finally {
      await temp.remove();
    }
  });

  it('leaves the umask alone on Windows, and turns a crash into exit 1 with its message', async () => {
    const { app, io, deps } = fakes('win32');
    await runCliMode(app, ['list'], { ...deps, run: async () => Promise.reject(new Error('boom')) });
    expect(deps.umask).not.toHaveBeenCalled();
    expect(io.err).toBe('techfolio: boom\n');
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});
