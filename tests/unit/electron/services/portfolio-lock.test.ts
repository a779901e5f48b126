import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { acquirePortfolioLock, LOCKED_MESSAGE } from '../../../../electron/services/portfolio-lock';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

/** The pid of a process that has already exited: what a crash leaves in the owner file. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** Leaves the lock folder and owner file as a process that was killed would. */
async function leaveLock(dataDir: string, pid: number): Promise<void> {
  await mkdir(path.join(dataDir, 'portfolio.lock'), { recursive: true });
  await writeFile(path.join(dataDir, 'portfolio.lock-owner.json'), JSON.stringify({ pid, hostname: os.hostname(), since: new Date().toISOString() }));
}

describe('the portfolio folder lock', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('refuses a second opener with a "locked" ApiError and the message the user sees', async () => {
    const first = await acquirePortfolioLock(temp.dir);
    const second = acquirePortfolioLock(temp.dir);
    await expect(second).rejects.toBeInstanceOf(ApiError);
    await expect(second).rejects.toMatchObject({ code: 'locked', message: LOCKED_MESSAGE });
    expect(LOCKED_MESSAGE).toBe('This portfolio is already open in another Techfolio window or command. Close it and try again.');
    await first.release();
  });

  it('can be taken again once released', async () => {
    const first = await acquirePortfolioLock(temp.dir);
    await first.release();
    const again = await acquirePortfolioLock(temp.dir);
    expect(again.held).toBe(true);
    await again.release();
  });

  it('recovers at once a lock left by a process that crashed on this computer', async () => {
    await leaveLock(temp.dir, deadPid());
    const lock = await acquirePortfolioLock(temp.dir);
    expect(lock.held).toBe(true);
    await lock.release();
  });

  it('does not take over a fresh lock whose owner is still running', async () => {
    // The test runner's parent is alive and is not this process.
    await leaveLock(temp.dir, process.ppid);
    await expect(acquirePortfolioLock(temp.dir)).rejects.toMatchObject({ code: 'locked' });
  });

  it('makes a second backend on the same folder fail as locked until the first is closed', async () => {
    const first = await openTestBackend(temp.dir);
    await expect(openTestBackend(temp.dir)).rejects.toMatchObject({ code: 'locked', message: LOCKED_MESSAGE });
    await first.close();
    const second = await openTestBackend(temp.dir);
    expect(await second.api.listCpd()).toEqual([]);
    await second.close();
  });

  it('is gone as soon as a process that held it stops on SIGTERM, so a restart on the same folder opens', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/support/lock-holder.ts'), temp.dir, path.resolve('assets')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`the lock holder exited early with ${code}`)));
    });
    await expect(openTestBackend(temp.dir)).rejects.toMatchObject({ code: 'locked' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect((await readdir(temp.dir)).filter((name) => name.startsWith('portfolio.lock'))).toEqual([]);
    await (await openTestBackend(temp.dir)).close();
  });
});
