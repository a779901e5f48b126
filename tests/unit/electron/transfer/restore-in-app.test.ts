import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { fillPortfolio } from './archive-fixtures';

describe('restoring in the app: received archives, merge, and rolling backups', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let clock = Date.parse('2025-06-01T09:00:00.000Z');
  // Each change a second later, so "changed later" is never a tie.
  const now = () => new Date((clock += 1000));
  const dataDir = () => path.join(temp.dir, 'data');

  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(dataDir(), 'web', { now });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  async function exportAndReceive() {
    const exported = await backend.api.exportArchive();
    const bytes = await readFile(path.join(dataDir(), 'exports', exported.fileName));
    return backend.api.uploadRestoreArchive({ fileName: exported.fileName, dataBase64: bytes.toString('base64') });
  }

  it('browser mode is told to upload; a received archive is previewed with its counts and date, changing nothing', async () => {
    await fillPortfolio(backend);
    expect(await backend.api.chooseRestoreArchive()).toEqual({ status: 'upload' });
    const received = await exportAndReceive();
    await backend.api.addCpd({ title: 'Added after the archive', startDate: '2025-06-02', hours: 1 });
    const before = await backend.api.listCpd();

    const preview = await backend.api.previewRestoreArchive(received.archiveId);
    expect(preview.counts).toEqual({ cpd: 2, training: 1, evidence: 3, evidenceFiles: 2 });
    expect(preview.currentCounts).toMatchObject({ cpd: 3 });
    expect(Date.parse(preview.createdAt)).toBeGreaterThan(Date.parse('2025-06-01T09:00:00.000Z'));
    expect(preview.merge).toEqual({ added: 0, updated: 0, unchanged: 6, keptNewer: 0 });
    expect(await backend.api.listCpd()).toEqual(before);
    expect(await backend.api.getRestoreProgress(received.archiveId)).toBeNull();
  });

  it('merge puts deleted records back by id, keeps a newer edit and says so, keeps records added since, after a backup', async () => {
    await fillPortfolio(backend);
    const received = await exportAndReceive();
    const [workshop, fume] = await backend.api.listCpd();
    await backend.api.updateCpd(workshop!.id, { ...workshop!, title: 'LC-MS workshop (renamed later)' });
    await backend.api.deleteCpd(fume!.id);
    await backend.api.addCpd({ title: 'Added after the archive', startDate: '2025-06-02', hours: 1 });

    const preview = await backend.api.previewRestoreArchive(received.archiveId);
    expect(preview.merge).toMatchObject({ added: 1, keptNewer: 1 });
    const result = await backend.api.restoreReceivedArchive({ archiveId: received.archiveId, mode: 'merge' });

    expect(result.merge).toMatchObject({ added: 1, updated: 0, keptNewer: [{ list: 'cpd', label: 'LC-MS workshop (renamed later)' }] });
    expect(result.backupFileName).toMatch(/before-restore\.json$/);
    const titles = (await backend.api.listCpd()).map((r) => r.title).sort();
    expect(titles).toEqual(['Added after the archive', 'Fume cupboard testing', 'LC-MS workshop (renamed later)']);
    expect((await backend.api.listCpd()).find((r) => r.title === 'Fume cupboard testing')!.id).toBe(fume!.id);
    // The received copy is gone once restored.
    await expect(backend.api.previewRestoreArchive(received.archiveId)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('replace makes the portfolio exactly the archive’s, after a backup of what it replaced', async () => {
    await fillPortfolio(backend);
    const archived = await backend.api.listCpd();
    const received = await exportAndReceive();
    await backend.api.deleteCpd(archived[0]!.id);
    await backend.api.addCpd({ title: 'Added after the archive', startDate: '2025-06-02', hours: 1 });

    const result = await backend.api.restoreReceivedArchive({ archiveId: received.archiveId, mode: 'replace' });
    expect(result.merge).toBeUndefined();
    expect(await backend.api.listCpd()).toEqual(archived);
    const backupText = await readFile(path.join(dataDir(), 'backups', result.backupFileName!), 'utf8');
    expect(backupText).toContain('Added after the archive');
  });

  it('an unknown or malformed archive id is refused without touching anything', async () => {
    await expect(backend.api.previewRestoreArchive('7d0f6f2e-2f7b-4c1e-9d55-0f1a2b3c4d5e')).rejects.toMatchObject({ code: 'not-found' });
    await expect(backend.api.restoreReceivedArchive({ archiveId: '../portfolio', mode: 'replace' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('a rolling backup is previewed and restored, and the state it replaced is backed up first', async () => {
    await fillPortfolio(backend);
    const kept = await backend.backups.createBackup('manual');
    const archived = await backend.api.listCpd();
    await backend.api.deleteCpd(archived[1]!.id);
    await backend.api.addCpd({ title: 'Added after the backup', startDate: '2025-06-02', hours: 1 });

    const preview = await backend.api.previewBackup(kept!.fileName);
    expect(preview).toMatchObject({ fileName: kept!.fileName, reason: 'manual', counts: { cpd: 2, training: 1, evidence: 3 }, currentCounts: { cpd: 2 } });
    const result = await backend.api.restoreBackup(kept!.fileName);
    expect(result).toMatchObject({ restoredFrom: kept!.fileName, counts: { cpd: 2 }, missingEvidenceFiles: 0 });
    expect(await backend.api.listCpd()).toEqual(archived);

    // Undoing the restore is one more restore, from the backup it made.
    const status = await backend.api.getStorageStatus();
    expect(status.backups.map((b) => b.fileName)).toContain(result.backupFileName);
    await backend.api.restoreBackup(result.backupFileName!);
    expect((await backend.api.listCpd()).map((r) => r.title)).toContain('Added after the backup');
  });

  it('a backup name outside the backups folder is refused by the contract', async () => {
    await expect(backend.api.restoreBackup('../portfolio.json')).rejects.toMatchObject({ code: 'validation' });
    await expect(backend.api.previewBackup('portfolio-2025-06-01T09-00-00-000Z-gone.json')).rejects.toMatchObject({ code: 'not-found' });
  });
});
