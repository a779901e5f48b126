import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import { emptyPortfolio } from '../../../core/model/portfolio';
import { openBackend, type Backend } from '../../../electron/backend';
import { PackService } from '../../../electron/pack/pack-service';
import { writeFileAtomic, writeNewFileFlushed, type FileContent } from '../../../electron/services/atomic-write';
import { EvidenceVault } from '../../../electron/services/evidence-vault';
import { writeArchive } from '../../../electron/transfer/archive-writer';
import { backendTransferServices } from '../../../electron/transfer/backend-transfer';
import { BackupService } from '../../../electron/services/backups';
import { makeTempDir } from '../../support/temp-dir';
import { snapshotPortfolio, snapshotTree } from '../hostile/folder-snapshot';
import { errnoError, faultyStoreWrite, faultyWrite, newFault, type Fault } from './support/fault-injection';

const ASSETS = path.resolve('assets');
const now = () => new Date('2026-03-01T10:00:00.000Z');

/** What the user must be told for each fault: what happened and what to do. */
const MESSAGES = {
  ENOSPC: /disk .*full|no space/i,
  EDQUOT: /disk .*full|no space|quota/i,
  EROFS: /read-only|cannot be written|permission/i,
  EACCES: /read-only|cannot be written|permission/i,
} as const;

describe('faults while saving the portfolio (injected at the store the backend writes through)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let fault: Fault;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-');
    dataDir = path.join(temp.dir, 'data');
    fault = newFault();
    backend = await openBackend({ dataDir, assetsDir: ASSETS, transport: 'web', version: '0.0.0-test', writeStoreFile: faultyStoreWrite(fault), now });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])('%s during a save: a clear message, the saved portfolio untouched, and the next save after the fault works', async (code) => {
    const acknowledged = await backend.api.addCpd({ title: 'Acknowledged before the fault', startDate: '2025-02-01', hours: 2 });
    const before = await snapshotPortfolio(dataDir);

    fault.code = code;
    const answer = await dispatch(backend.impl, 'addCpd', [{ title: 'Written while the disk is full', startDate: '2025-02-02', hours: 1 }]);
    expect(fault.refused).toBe(1);
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(MESSAGES[code]) } });
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
    // Reading still works while the disk is full.
    expect((await backend.api.listCpd()).map((r) => r.id)).toEqual([acknowledged.id]);

    fault.code = null;
    const after = await backend.api.addCpd({ title: 'Written once space was freed', startDate: '2025-02-03', hours: 1 });
    expect((await backend.api.listCpd()).map((r) => r.id)).toEqual([acknowledged.id, after.id]);
  });

  it('ENOSPC while importing a spreadsheet: refused clearly, no row imported', async () => {
    await backend.api.addCpd({ title: 'Acknowledged before the fault', startDate: '2025-02-01', hours: 2 });
    const before = await snapshotPortfolio(dataDir);
    fault.code = 'ENOSPC';
    const csv = Buffer.from('Date,Activity,Hours\n25/03/2025,LC-MS workshop,1.5\n').toString('base64');
    const answer = await dispatch(backend.impl, 'commitImport', [{ fileName: 'log.csv', dataBase64: csv, mode: 'all-or-nothing' }]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(MESSAGES.ENOSPC) } });
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
  });

  it('ENOSPC while restoring an archive: refused clearly, the portfolio\'s records as before', async () => {
    await backend.api.addCpd({ title: 'In the archive', startDate: '2025-02-01', hours: 2 });
    const archive = await backend.api.exportArchive();
    const bytes = await readFile(path.join(dataDir, 'exports', archive.fileName));
    await backend.api.addCpd({ title: 'Added after the archive was made', startDate: '2025-02-02', hours: 1 });
    const store = (await snapshotPortfolio(dataDir)).store;
    fault.code = 'ENOSPC';
    const answer = await dispatch(backend.impl, 'restoreArchive', [{ dataBase64: bytes.toString('base64'), replace: true }]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(MESSAGES.ENOSPC) } });
    expect((await snapshotPortfolio(dataDir)).store).toEqual(store);
    expect((await backend.api.listCpd()).map((r) => r.title)).toEqual(['In the archive', 'Added after the archive was made']);
  });

  it('ENOSPC while adding an evidence file: refused clearly, no record of it, and the file can be added once space is freed', async () => {
    const bytes = Buffer.from('Certificate of attendance.\n');
    fault.code = 'ENOSPC';
    const answer = await dispatch(backend.impl, 'addEvidenceFile', [{ fileName: 'certificate.txt', dataBase64: bytes.toString('base64') }]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(MESSAGES.ENOSPC) } });
    expect(await backend.api.listEvidence()).toEqual([]);
    fault.code = null;
    const added = await backend.api.addEvidenceFile({ fileName: 'certificate.txt', dataBase64: bytes.toString('base64') });
    expect(added.outcome).toBe('added');
    expect(await backend.evidence.verify()).toEqual([]);
  });
});

describe('faults while making a backup (injected at the backup service\'s write)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-backup-');
    dataDir = path.join(temp.dir, 'data');
    const backend = await openBackend({ dataDir, assetsDir: ASSETS, transport: 'cli', version: '0.0.0-test', writeStoreFile: faultyStoreWrite(newFault()), now });
    await backend.api.addCpd({ title: 'Something worth backing up', startDate: '2025-02-01', hours: 2 });
    await backend.close();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it.each(['ENOSPC', 'EROFS', 'EACCES'] as const)('%s during a backup: the backup fails with the reason, earlier backups and the portfolio untouched', async (code) => {
    const fault = newFault();
    const storePath = path.join(dataDir, 'portfolio.json');
    const backups = new BackupService(dataDir, storePath, now, faultyWrite(fault, writeFileAtomic));
    await new BackupService(dataDir, storePath, () => new Date('2026-02-01T00:00:00.000Z')).createBackup('manual');
    const before = await snapshotTree(dataDir);

    fault.code = code;
    await expect(backups.createBackup('manual')).rejects.toMatchObject({ code });
    expect(await snapshotTree(dataDir)).toEqual(before);

    fault.code = null;
    const made = await backups.createBackup('manual');
    expect(made).not.toBeNull();
    expect((await backups.list()).map((b) => b.fileName)).toContain(made?.fileName);
  });
});

describe('faults while writing a PDF (injected at the pack service\'s write)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-pack-');
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('ENOSPC while saving a PDF: the job fails saying the disk is full, and no partial file is left in exports/', { timeout: 60_000 }, async () => {
    const fault = newFault();
    const dataDir = path.join(temp.dir, 'data');
    const pack = new PackService({ dataDir, assetsDir: ASSETS, evidence: { read: async () => null, check: async () => 'missing' }, now, writeFile: faultyWrite(fault, writeFileAtomic) });
    try {
      fault.code = 'ENOSPC';
      const job = await pack.finished(pack.startProfilePage(emptyPortfolio(), '2026-03-01', {}));
      expect(job).toMatchObject({ status: 'failed', error: expect.stringMatching(MESSAGES.ENOSPC) });
      expect(fault.refused).toBe(1);
      expect(await readdir(path.join(dataDir, 'exports')).catch(() => [])).toEqual([]);

      fault.code = null;
      const retry = await pack.finished(pack.startProfilePage(emptyPortfolio(), '2026-03-01', {}));
      expect(retry).toMatchObject({ status: 'done' });
    } finally {
      await pack.close();
    }
  });
});

describe('faults while writing a backup archive (injected at the archive writer\'s write)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-archive-');
  });
  afterEach(async () => {
    await temp.remove();
  });

  it.each(['ENOSPC', 'EDQUOT'] as const)('%s part-way through an archive: the export fails with the reason, no partial archive is left, the portfolio is untouched', async (code) => {
    const dataDir = path.join(temp.dir, 'data');
    const outDir = path.join(temp.dir, 'usb-stick');
    await mkdir(outDir);
    const backend = await openBackend({ dataDir, assetsDir: ASSETS, transport: 'cli', version: '0.0.0-test', now });
    try {
      await backend.api.addCpd({ title: 'Glassware washer validation', startDate: '2025-02-01', hours: 3 });
      await backend.evidence.addFromBytes('certificate.txt', new TextEncoder().encode('Certificate of attendance\n'.repeat(4000)), { title: 'Certificate' });
      const services = await backendTransferServices(backend);
      const before = await snapshotTree(dataDir);
      const out = path.join(outDir, 'backup.techfolio');
      let written = 0;
      // The disk fills after the first chunk of the zip has gone to the temporary file.
      const fillsUp = (target: string, content: FileContent) =>
        writeFileAtomic(
          target,
          (async function* () {
            for await (const chunk of content as AsyncIterable<Uint8Array>) {
              if (written > 0) throw errnoError(code, 'write', target);
              written += chunk.length;
              yield chunk;
            }
          })(),
        );
      await expect(writeArchive(out, { portfolio: backend.portfolio.read(), evidence: services.evidence, appVersion: '0.0.0-test', writeFile: fillsUp })).rejects.toMatchObject({ code });
      expect(written).toBeGreaterThan(0);
      expect(await readdir(outDir)).toEqual([]);
      expect(await snapshotTree(dataDir)).toEqual(before);

      const { bytes } = await writeArchive(out, { portfolio: backend.portfolio.read(), evidence: services.evidence, appVersion: '0.0.0-test' });
      expect(await readdir(outDir)).toEqual(['backup.techfolio']);
      expect(bytes).toBeGreaterThan(0);
    } finally {
      await backend.close();
    }
  });
});

describe('faults while adding evidence (injected at the vault\'s write of an incoming file)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-vault-');
  });
  afterEach(async () => {
    await temp.remove();
  });

  it.each(['ENOSPC', 'EACCES'] as const)('%s while a file is copied in: the add fails with the reason, nothing half-copied is left, the portfolio is untouched', async (code) => {
    const dataDir = path.join(temp.dir, 'data');
    const source = path.join(temp.dir, 'risk-assessment.pdf');
    await writeFile(source, `%PDF-1.7\n${'Risk assessment for the cold room.\n'.repeat(20_000)}`);
    const backend = await openBackend({ dataDir, assetsDir: ASSETS, transport: 'cli', version: '0.0.0-test', now });
    try {
      await backend.api.addCpd({ title: 'Cold room induction', startDate: '2025-02-01', hours: 1 });
      let written = 0;
      // The disk fills once part of the file has been copied.
      const fillsUp = (file: string, content: FileContent) =>
        writeNewFileFlushed(
          file,
          (async function* () {
            for await (const chunk of content as AsyncIterable<Uint8Array>) {
              if (written > 0) throw errnoError(code, 'write', file);
              written += chunk.length;
              yield chunk;
            }
          })(),
        );
      const vault = new EvidenceVault(dataDir, backend.portfolio, backend.backups, now, fillsUp);
      const before = await snapshotTree(dataDir);
      await expect(vault.addFromPath(source, { title: 'Cold room risk assessment' })).rejects.toMatchObject({ code });
      expect(written).toBeGreaterThan(0);
      // Every file as it was; the only trace is the vault's (empty) staging folder.
      const files = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([, hash]) => hash !== 'empty folder'));
      expect(files(await snapshotTree(dataDir))).toEqual(files(before));
      expect(backend.portfolio.read().evidence).toEqual([]);

      const added = await backend.evidence.addFromPath(source, { title: 'Cold room risk assessment' });
      expect(added.outcome).toBe('added');
    } finally {
      await backend.close();
    }
  });
});
