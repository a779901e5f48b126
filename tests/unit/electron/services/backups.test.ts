import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupService, DAILY_MS, backupFileName, backupsToKeep, citedEvidenceHashes, parseBackupName } from '../../../../electron/services/backups';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('backup retention', () => {
  it('keeps the newest ten and the newest backup of every month', () => {
    // One backup a day from 1 January to 30 April 2026.
    const backups = Array.from({ length: 120 }, (_, i) => {
      const createdAt = new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString();
      return { fileName: `b${i}`, createdAt };
    });
    const keep = backupsToKeep(backups);
    const newestTen = backups.slice(-10).map((b) => b.fileName);
    for (const name of newestTen) expect(keep.has(name)).toBe(true);
    // The last day of January, February and March.
    expect(keep.has('b30')).toBe(true);
    expect(keep.has('b58')).toBe(true);
    expect(keep.has('b89')).toBe(true);
    expect(keep.size).toBe(13);
  });

  it('names backups by time and reason with no characters Windows refuses, and reads the names back', () => {
    const at = new Date('2026-11-23T02:42:00.123Z');
    const name = backupFileName(at, 'Before restore!');
    expect(name).toBe('portfolio-2026-11-23T02-42-00-123Z-before-restore.json');
    expect(name).not.toMatch(/[:<>"|?*]/);
    expect(parseBackupName(name)).toEqual({ createdAt: at.toISOString(), reason: 'before-restore' });
    expect(parseBackupName('notes.txt')).toBeNull();
  });

  it('reads the evidence a backup cites, and nothing from a damaged backup', () => {
    const hash = 'a'.repeat(64);
    expect(citedEvidenceHashes(JSON.stringify({ evidence: [{ kind: 'file', file: { sha256: hash } }, { kind: 'note' }] }))).toEqual([hash]);
    expect(citedEvidenceHashes('{"evidence": [')).toEqual([]);
  });
});

describe('the backup service', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let clock: Date;
  beforeEach(async () => {
    temp = await makeTempDir();
    clock = new Date('2026-01-01T09:00:00.000Z');
  });
  afterEach(() => temp.remove());
  const tick = (days: number) => (clock = new Date(clock.getTime() + days * 86_400_000));

  it('copies portfolio.json byte for byte into backups/', async () => {
    const store = path.join(temp.dir, 'portfolio.json');
    await writeFile(store, '{"schemaVersion":2,"cpd":[]}');
    const service = new BackupService(temp.dir, store, () => clock);
    const info = await service.createBackup('before-restore');
    expect(info?.reason).toBe('before-restore');
    expect(await readFile(path.join(temp.dir, 'backups', info!.fileName), 'utf8')).toBe('{"schemaVersion":2,"cpd":[]}');
  });

  it('skips a routine backup when nothing changed, but always makes a requested one', async () => {
    const store = path.join(temp.dir, 'portfolio.json');
    await writeFile(store, '{"a":1}');
    const service = new BackupService(temp.dir, store, () => clock);
    expect(await service.createBackup('startup')).not.toBeNull();
    tick(1);
    expect(await service.createBackup('daily')).toBeNull();
    expect(await service.createBackup('before-restore')).not.toBeNull();
    await writeFile(store, '{"a":2}');
    tick(1);
    expect(await service.createBackup('daily')).not.toBeNull();
    expect(await service.list()).toHaveLength(3);
  });

  it('prunes by the retention rule as backups accumulate over months', async () => {
    const store = path.join(temp.dir, 'portfolio.json');
    const service = new BackupService(temp.dir, store, () => clock);
    for (let day = 0; day < 75; day++) {
      await writeFile(store, JSON.stringify({ day }));
      await service.createBackup('daily');
      tick(1);
    }
    const names = await readdir(path.join(temp.dir, 'backups'));
    // Ten newest (all in March) plus the newest of January and of February.
    expect(names).toHaveLength(12);
  });

  it('takes a backup every day while running, and no more once stopped', async () => {
    const store = path.join(temp.dir, 'portfolio.json');
    await writeFile(store, '{"day":1}');
    const service = new BackupService(temp.dir, store, () => clock);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      service.startDaily((error) => {
        throw error;
      });
      vi.advanceTimersByTime(DAILY_MS - 1);
      expect(await service.list()).toHaveLength(0);
      vi.advanceTimersByTime(1);
      await vi.waitFor(async () => expect(await service.list()).toHaveLength(1));
      service.stopDaily();
      await writeFile(store, '{"day":2}');
      vi.advanceTimersByTime(DAILY_MS * 3);
      expect(await service.list()).toHaveLength(1);
    } finally {
      service.stopDaily();
      vi.useRealTimers();
    }
  });

  it('is taken when a backend opens a changed portfolio, and not again when nothing changed', async () => {
    const first = await openTestBackend(temp.dir);
    await first.api.addCpd({ title: 'Fume cupboard testing', startDate: '2025-01-01', hours: 2 });
    await first.close();
    const second = await openTestBackend(temp.dir);
    const status = await second.api.getStorageStatus();
    await second.close();
    expect(status.backups.map((b) => b.reason)).toContain('startup');
    const count = status.backups.length;
    const third = await openTestBackend(temp.dir);
    expect((await third.api.getStorageStatus()).backups).toHaveLength(count);
    await third.close();
  });
});
