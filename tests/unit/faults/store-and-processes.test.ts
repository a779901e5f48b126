import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { RUN_TIME_PACKAGES } from '../../../scripts/run-time-packages.mjs';
import { chmod, copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { Backend } from '../../../electron/backend';
import { LOCKED_MESSAGE } from '../../../electron/services/portfolio-lock';
import { openTestBackend } from '../../support/backend';
import { makeTempDir } from '../../support/temp-dir';

const ASSETS = path.resolve('assets');
const CHILD = path.resolve('tests/unit/faults/support/open-portfolio.ts');

interface ChildAnswer {
  ok: boolean;
  code?: string;
  apiError?: boolean;
  message?: string;
  cpd?: number;
}

/**
 * open-portfolio.ts bundled into one file in `dir`, for a child running as another user: that user
 * may not be able to read the checkout (a fresh clone often sits in a folder only its owner reads).
 */
async function bundleChild(dir: string): Promise<string> {
  const outfile = path.join(dir, 'open-portfolio.mjs');
  await build({
    entryPoints: [CHILD],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    external: RUN_TIME_PACKAGES,
    define: { __APP_VERSION__: '"0.0.0-test"' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

/** Runs open-portfolio.ts in a separate Node process (as another user when `uid` is given) and reads its one-line answer. */
function runChild(args: string[], options: { uid?: number; gid?: number; script?: string } = {}): Promise<ChildAnswer> {
  const { script, ...ids } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, script ? [script, ...args] : ['--import', 'tsx', CHILD, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
      ...ids,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', () => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as ChildAnswer);
      } catch {
        reject(new Error(`the child process printed no answer.\nstdout: ${out}\nstderr: ${err}`));
      }
    });
  });
}

describe('the store file deleted or replaced while the app runs', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let backend: Backend;
  let storePath: string;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-store-');
    dataDir = path.join(temp.dir, 'data');
    storePath = path.join(dataDir, 'portfolio.json');
    backend = await openTestBackend(dataDir, 'web', { now: () => new Date('2026-03-01T10:00:00.000Z') });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  const acknowledge = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await backend.api.addCpd({ title: `Acknowledged ${i}`, startDate: '2025-02-01', hours: 1 })).id);
    return ids;
  };

  it('portfolio.json deleted: the next read and write give a clear message or recover, and no acknowledged record is lost', async () => {
    const ids = await acknowledge(3);
    await rm(storePath);
    const read = await dispatch(backend.impl, 'listCpd', []);
    if (read.ok) expect((read.value as { id: string }[]).map((r) => r.id)).toEqual(ids);
    else expect(read.error.code).not.toBe('internal');
    const write = await dispatch(backend.impl, 'addCpd', [{ title: 'After the deletion', startDate: '2025-02-02', hours: 1 }]);
    if (!write.ok) expect(write.error.code).not.toBe('internal');
    // Whatever was answered, every record the app acknowledged is still in the store on disk.
    const onDisk = JSON.parse(await readFile(storePath, 'utf8').catch(() => '{"cpd": []}')) as { cpd: { id: string }[] };
    expect(onDisk.cpd.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
  });

  it('portfolio.json replaced by a damaged file: a clear message, the damaged file not overwritten, no acknowledged record lost', async () => {
    const ids = await acknowledge(2);
    await writeFile(storePath, '{"cpd": [ this is not json');
    const read = await dispatch(backend.impl, 'listCpd', []);
    expect(read.ok || read.error.code !== 'internal').toBe(true);
    if (!read.ok) expect(read.error.message).toMatch(/portfolio\.json/);
    const write = await dispatch(backend.impl, 'addCpd', [{ title: 'After the damage', startDate: '2025-02-02', hours: 1 }]);
    expect(write.ok || write.error.code !== 'internal').toBe(true);
    // Reopening (the start-up check moves a damaged store aside and restores) finds every acknowledged record.
    await backend.close();
    backend = await openTestBackend(dataDir, 'web');
    expect((await backend.api.listCpd()).map((r) => r.id)).toEqual(expect.arrayContaining(ids));
  });

  it('portfolio.json replaced by an older copy: the app reads the copy the user put there (a deliberate restore)', async () => {
    await acknowledge(1);
    const older = path.join(temp.dir, 'older.json');
    await copyFile(storePath, older);
    await acknowledge(1);
    await copyFile(older, storePath);
    expect(await backend.api.listCpd()).toHaveLength(1);
  });
});

describe('two processes opening one portfolio folder', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-two-');
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('a second real process gets the "locked" message while the first has the folder open, and nothing it tried is written', { timeout: 40_000 }, async () => {
    const dataDir = path.join(temp.dir, 'data');
    const first = await openTestBackend(dataDir, 'web');
    try {
      await first.api.addCpd({ title: 'Written by the first process', startDate: '2025-02-01', hours: 1 });
      const second = await runChild([dataDir, ASSETS, 'add']);
      expect(second).toMatchObject({ ok: false, code: 'locked', apiError: true, message: LOCKED_MESSAGE });
      expect((await first.api.listCpd()).map((r) => r.title)).toEqual(['Written by the first process']);
    } finally {
      await first.close();
    }
    // Once the first has closed, the second process opens it and sees the first one's record.
    expect(await runChild([dataDir, ASSETS, 'add'])).toMatchObject({ ok: true, cpd: 2 });
  });
});

describe('a read-only data folder, for real', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  afterEach(async () => {
    await chmod(temp.dir, 0o700).catch(() => {});
    await chmod(path.join(temp.dir, 'data'), 0o700).catch(() => {});
    await temp.remove();
  });

  // Root ignores file permissions, so when the tests run as root the folder is tried from a child
  // process running as the unprivileged user "nobody" (uid 65534); otherwise as the current user.
  const asRoot = process.getuid?.() === 0;
  const who = asRoot ? 'a child process running as user nobody (the tests run as root)' : 'a child process running as the current user';

  it.runIf(process.platform !== 'win32')(`a folder made read-only with chmod 0555, opened by ${who}: a clear message, nothing changed`, { timeout: 40_000 }, async () => {
    temp = await makeTempDir('techfolio-faults-ro-');
    const dataDir = path.join(temp.dir, 'data');
    const backend = await openTestBackend(dataDir, 'cli');
    await backend.api.addCpd({ title: 'Kept safe', startDate: '2025-02-01', hours: 1 });
    await backend.close();
    await mkdir(dataDir, { recursive: true });
    const before = await readFile(path.join(dataDir, 'portfolio.json'), 'utf8');
    await chmod(temp.dir, 0o755);
    // The other user reads the child and the frameworks from here, not from the checkout.
    const script = await bundleChild(temp.dir);
    const assets = path.join(temp.dir, 'assets');
    await cp(ASSETS, assets, { recursive: true });
    await chmod(dataDir, 0o555);

    const answer = await runChild([dataDir, assets, 'add'], asRoot ? { uid: 65534, gid: 65534, script } : { script });
    expect(answer).toMatchObject({ ok: false, apiError: true, code: 'refused', message: expect.stringMatching(/read-only|cannot be written|permission/i) });
    expect(answer.message).toContain(dataDir);
    expect(await readFile(path.join(dataDir, 'portfolio.json'), 'utf8')).toBe(before);
  });
});
