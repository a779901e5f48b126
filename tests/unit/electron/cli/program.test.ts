import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

function capture(env: NodeJS.ProcessEnv = {}) {
  const io = { out: '', err: '' };
  return { io, cli: { out: (t: string) => (io.out += t), err: (t: string) => (io.err += t), env } };
}

describe('techfolio CLI', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('lists the CPD records of the chosen data folder', async () => {
    const backend = await openTestBackend(temp.dir);
    await backend.api.addCpd({ title: 'Łukasz’s LC-MS workshop', startDate: '2025-03-25', hours: 1.5 });
    await backend.api.addCpd({ title: 'First aid at work', startDate: '2024-11-02', hours: 6 });
    await backend.close();

    const { io, cli } = capture();
    expect(await runCli(['--data-dir', temp.dir, 'list'], cli)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines[1]).toMatch(/^02\/11\/2024\s+6\s+First aid at work$/);
    expect(lines[2]).toMatch(/^25\/03\/2025\s+1\.5\s+Łukasz’s LC-MS workshop$/);
    expect(io.out).toContain('2 records, 7.5 hours');
  });

  it('uses TECHFOLIO_DATA_DIR when no --data-dir is given', async () => {
    const backend = await openTestBackend(temp.dir);
    await backend.api.addCpd({ title: 'Fume cupboard testing', startDate: '2025-01-01', hours: 2 });
    await backend.close();
    const { io, cli } = capture({ TECHFOLIO_DATA_DIR: temp.dir });
    expect(await runCli(['list'], cli)).toBe(0);
    expect(io.out).toContain('Fume cupboard testing');
  });

  it('exits 2 on a usage error, with a message and no stack trace', async () => {
    const { io, cli } = capture();
    expect(await runCli(['--data-dir', temp.dir, 'frobnicate'], cli)).toBe(2);
    expect(io.err).toContain("unknown command 'frobnicate'");
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('prints help and exits 0', async () => {
    const { io, cli } = capture();
    expect(await runCli(['--help'], cli)).toBe(0);
    expect(io.out).toContain('Usage: techfolio');
    expect(io.out).toContain('--data-dir');
  });

  it.runIf(existsSync('dist/cli.mjs'))('runs as `npx techfolio` from the built bundle', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['--no-install', 'techfolio', '--version'], { env: { ...process.env, TECHFOLIO_DATA_DIR: temp.dir } });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const listed = await run('npx', ['--no-install', 'techfolio', '--data-dir', temp.dir, 'list']);
    expect(listed.stdout).toContain('No CPD records yet');
  });
});
