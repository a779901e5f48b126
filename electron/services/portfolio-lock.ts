import { rmSync } from 'node:fs';
import { chmod, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ApiError } from '../../core/api/errors';
import { writeFileAtomic } from './atomic-write';
import { makePrivateDir, PRIVATE_DIR_MODE } from './private-files';

export const LOCKED_MESSAGE = 'This portfolio is already open in another Techfolio window or command. Close it and try again.';

/** A lock nobody refreshed for this long belongs to a process that stopped (on this or another computer). */
const STALE_MS = 30_000;

export interface PortfolioLock {
  /** False once another process took the lock away (its folder was removed or went stale). */
  readonly held: boolean;
  release(): Promise<void>;
}

interface Owner {
  pid: number;
  hostname: string;
  since: string;
}

const lockPath = (dataDir: string) => path.join(dataDir, 'portfolio.lock');
const ownerPath = (dataDir: string) => path.join(dataDir, 'portfolio.lock-owner.json');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(dataDir: string): Promise<Owner | null> {
  try {
    const owner = JSON.parse(await readFile(ownerPath(dataDir), 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string' ? (owner as Owner) : null;
  } catch {
    return null;
  }
}

/**
 * A lock left by a process that crashed on this computer is taken over at once: its owner file
 * names a process that no longer runs. Locks from elsewhere (a shared drive) go stale after 30 s.
 */
async function ownerCrashed(dataDir: string): Promise<boolean> {
  const owner = await readOwner(dataDir);
  return owner !== null && owner.hostname === os.hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
}

/** A folder the operating system will not let this user write: refused with its name and what to do. */
function unwritable(dataDir: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') return error;
  return new ApiError({
    code: 'refused',
    message: `The portfolio folder ${dataDir} cannot be written: it is read-only or belongs to another user. Change its permissions, or choose another folder (--data-dir or TECHFOLIO_DATA_DIR).`,
  });
}

/** Takes the one lock of a data folder, or throws ApiError 'locked' (or 'refused' for a folder that cannot be written). */
export async function acquirePortfolioLock(dataDir: string): Promise<PortfolioLock> {
  await makePrivateDir(dataDir).catch((error: unknown) => {
    throw unwritable(dataDir, error);
  });
  let held = true;
  const options: lockfile.LockOptions = {
    lockfilePath: lockPath(dataDir),
    realpath: false,
    stale: STALE_MS,
    retries: 0,
    onCompromised: () => {
      held = false;
    },
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw unwritable(dataDir, error);
    if (!(await ownerCrashed(dataDir))) throw new ApiError({ code: 'locked', message: LOCKED_MESSAGE });
    await rm(lockPath(dataDir), { recursive: true, force: true });
    await rm(ownerPath(dataDir), { force: true });
    try {
      release = await lockfile.lock(dataDir, options);
    } catch (retryError) {
      if ((retryError as NodeJS.ErrnoException).code === 'ELOCKED') throw new ApiError({ code: 'locked', message: LOCKED_MESSAGE });
      throw retryError;
    }
  }
  // proper-lockfile makes its folder with the default mode; it names nothing private, but the folder is kept private throughout.
  if (process.platform !== 'win32') await chmod(lockPath(dataDir), PRIVATE_DIR_MODE).catch(() => {});
  const owner: Owner = { pid: process.pid, hostname: os.hostname(), since: new Date().toISOString() };
  await writeFileAtomic(ownerPath(dataDir), JSON.stringify(owner));
  let releasing: Promise<void> | undefined;
  let done = false;
  // A signal can end the process while an async release is still running (conf's atomic writer
  // re-raises SIGTERM): whatever is left of the lock is then removed synchronously at exit.
  const onExit = () => {
    if (done) return;
    rmSync(lockPath(dataDir), { recursive: true, force: true });
    rmSync(ownerPath(dataDir), { force: true });
  };
  process.on('exit', onExit);
  return {
    get held() {
      return held && releasing === undefined;
    },
    release() {
      releasing ??= (async () => {
        // The lock goes first: an owner file left behind names a dead process, which the next opener recovers from.
        if (held) await release();
        await rm(ownerPath(dataDir), { force: true });
        done = true;
        process.removeListener('exit', onExit);
      })();
      return releasing;
    },
  };
}
