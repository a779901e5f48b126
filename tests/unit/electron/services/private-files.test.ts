import { chmod, lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendTransferServices } from '../../../../electron/transfer/backend-transfer';
import { exportArchiveToExports } from '../../../../electron/transfer/archive-export';
import { tightenModes } from '../../../../electron/services/private-files';
import { openTestBackend } from '../../../support/backend';
import { makePdf } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

/** Every file and folder under dir (the folder itself included) with its permission bits. */
async function modes(dir: string): Promise<Map<string, { mode: number; folder: boolean }>> {
  const out = new Map<string, { mode: number; folder: boolean }>();
  const visit = async (entry: string) => {
    const info = await lstat(entry);
    out.set(path.relative(dir, entry) || '.', { mode: info.mode & 0o777, folder: info.isDirectory() });
    if (info.isDirectory()) for (const name of await readdir(entry)) await visit(path.join(entry, name));
  };
  await visit(dir);
  return out;
}

describe.skipIf(process.platform === 'win32')('the data folder is readable by its owner alone', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    dataDir = path.join(temp.dir, 'data');
  });
  afterEach(() => temp.remove());

  it('creates folders 0700 and files 0600: store, journal, lock, backups, evidence, exports', async () => {
    const backend = await openTestBackend(dataDir);
    try {
      await backend.api.addCpd({ title: 'Fume cupboard checks', startDate: '2025-02-01', hours: 1 });
      await backend.api.addEvidenceFile({ fileName: 'certificate.pdf', dataBase64: Buffer.from(await makePdf()).toString('base64') });
      await backend.backups.createBackup('manual');
      await exportArchiveToExports(await backendTransferServices(backend));
      const found = await modes(dataDir);
      for (const expected of ['portfolio.json', 'portfolio.journal', 'portfolio.lock', 'portfolio.lock-owner.json', 'backups', 'evidence', 'exports']) {
        expect([...found.keys()], expected).toContain(expected);
      }
      expect([...found.keys()].some((name) => name.startsWith('exports/') && name.endsWith('.techfolio'))).toBe(true);
      expect([...found.keys()].some((name) => /^evidence\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(name))).toBe(true);
      for (const [name, { mode, folder }] of found) expect(mode.toString(8), name).toBe(folder ? '700' : '600');
    } finally {
      await backend.close();
    }
  });

  it('tightens looser modes left by older versions at start, keeps the owner’s own bits, and says so', async () => {
    await (await openTestBackend(dataDir)).close();
    await mkdir(path.join(dataDir, 'made-by-hand'), { mode: 0o755 });
    await writeFile(path.join(dataDir, 'made-by-hand', 'notes.txt'), 'mine', { mode: 0o644 });
    await writeFile(path.join(dataDir, 'read-only.txt'), 'mine', { mode: 0o444 });
    await chmod(dataDir, 0o755);
    await chmod(path.join(dataDir, 'portfolio.json'), 0o644);

    const backend = await openTestBackend(dataDir);
    const notes = backend.startupCheck.notes ?? [];
    await backend.close();
    expect(notes).toEqual([`5 files and folders in ${dataDir} could be read by other accounts on this computer; they are now readable by you alone.`]);
    const found = await modes(dataDir);
    expect(found.get('.')?.mode.toString(8)).toBe('700');
    expect(found.get('made-by-hand')?.mode.toString(8)).toBe('700');
    expect(found.get('made-by-hand/notes.txt')?.mode.toString(8)).toBe('600');
    expect(found.get('portfolio.json')?.mode.toString(8)).toBe('600');
    // Read-only stays read-only: only group and other bits go.
    expect(found.get('read-only.txt')?.mode.toString(8)).toBe('400');

    const again = await openTestBackend(dataDir);
    expect(again.startupCheck.notes).toBeUndefined();
    await again.close();
  });

  it('does nothing on Windows, where the profile folder’s access lists keep it private', async () => {
    await mkdir(dataDir, { mode: 0o755 });
    expect(await tightenModes(dataDir, 'win32')).toEqual({ changed: 0, failed: 0 });
    expect(((await lstat(dataDir)).mode & 0o777).toString(8)).toBe('755');
  });
});
