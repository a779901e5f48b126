import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PORTFOLIO_SCHEMA_VERSION } from '../../../../core/model/portfolio';
import { BackupService } from '../../../../electron/services/backups';
import { checkStoreAtStartup } from '../../../../electron/services/integrity-check';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('the startup integrity check', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = path.join(temp.dir, 'portfolio.json');
  });
  afterEach(() => temp.remove());
  const journal = () => path.join(temp.dir, 'portfolio.journal');

  /** A portfolio with one record, closed cleanly: portfolio.json and a startup backup of it. */
  async function portfolioWithBackup(title = 'Autoclave validation'): Promise<void> {
    const backend = await openTestBackend(temp.dir);
    await backend.api.addCpd({ title, startDate: '2025-04-01', hours: 2 });
    await backend.close();
    // Reopening takes the startup backup of the changed file.
    await (await openTestBackend(temp.dir)).close();
  }

  it.each([
    ['is not valid JSON', '{"cpd": [{"title": "half a wri'],
    ['fails the schema', JSON.stringify({ schemaVersion: PORTFOLIO_SCHEMA_VERSION, cpd: [{ title: 'no id or dates', hours: -1 }] })],
  ])('moves a store that %s to damaged/, rebuilds it from its journal and says so', async (_, damagedText) => {
    await portfolioWithBackup();
    await writeFile(store, damagedText);

    const backend = await openTestBackend(temp.dir);
    const { startupCheck } = backend;
    expect(startupCheck.outcome).toBe('recovered');
    expect(startupCheck.restoredFrom).toBe(journal());
    expect(startupCheck.message).toContain('nothing you saved has been lost');
    expect(await backend.api.listCpd()).toEqual([expect.objectContaining({ title: 'Autoclave validation' })]);
    expect((await backend.api.getStorageStatus()).startupCheck).toEqual(startupCheck);
    await backend.close();

    const damaged = await readdir(path.join(temp.dir, 'damaged'));
    expect(damaged).toHaveLength(1);
    expect(startupCheck.damagedPath).toBe(path.join(temp.dir, 'damaged', damaged[0]!));
    expect(await readFile(startupCheck.damagedPath!, 'utf8')).toBe(damagedText);
    expect(startupCheck.message).toContain(startupCheck.damagedPath);
  });

  it.each([
    ['is not valid JSON', '{"cpd": [{"title": "half a wri'],
    ['fails the schema', JSON.stringify({ schemaVersion: PORTFOLIO_SCHEMA_VERSION, cpd: [{ title: 'no id or dates', hours: -1 }] })],
  ])('moves a store that %s to damaged/ and, its journal spoilt too, restores the newest good backup and says so', async (_, damagedText) => {
    await portfolioWithBackup();
    await writeFile(store, damagedText);
    await writeFile(journal(), 'spoilt');

    const backend = await openTestBackend(temp.dir);
    const { startupCheck } = backend;
    expect(startupCheck.outcome).toBe('restored');
    expect(startupCheck.message).toContain('portfolio.journal) could not be used');
    expect(await backend.api.listCpd()).toEqual([expect.objectContaining({ title: 'Autoclave validation' })]);
    expect((await backend.api.getStorageStatus()).startupCheck).toEqual(startupCheck);
    await backend.close();

    const damaged = await readdir(path.join(temp.dir, 'damaged'));
    expect(damaged).toHaveLength(1);
    expect(startupCheck.damagedPath).toBe(path.join(temp.dir, 'damaged', damaged[0]!));
    expect(await readFile(startupCheck.damagedPath!, 'utf8')).toBe(damagedText);
    expect(startupCheck.message).toContain(startupCheck.damagedPath);
    expect(startupCheck.message).toMatch(/backup from \d{2}\/\d{2}\/\d{4}/);
  });

  it('skips damaged backups and restores the newest one that reads', async () => {
    await portfolioWithBackup();
    const backups = new BackupService(temp.dir, store);
    await mkdir(backups.dir, { recursive: true });
    await writeFile(path.join(backups.dir, 'portfolio-2099-01-01T00-00-00-000Z-daily.json'), 'not json');
    await writeFile(store, 'garbage');
    await writeFile(journal(), '');
    const backend = await openTestBackend(temp.dir);
    expect(backend.startupCheck.outcome).toBe('restored');
    expect(backend.startupCheck.restoredFrom).not.toContain('2099');
    expect(await backend.api.listCpd()).toHaveLength(1);
    await backend.close();
  });

  it('starts an empty portfolio when there is no good backup, keeping the damaged file', async () => {
    await mkdir(temp.dir, { recursive: true });
    await writeFile(store, '][');
    const backend = await openTestBackend(temp.dir);
    expect(backend.startupCheck).toMatchObject({ outcome: 'reset', message: expect.stringContaining('no good backup') });
    expect(await backend.api.listCpd()).toEqual([]);
    await backend.close();
    expect(await readFile(backend.startupCheck.damagedPath!, 'utf8')).toBe('][');
  });

  it('restores the newest backup when portfolio.json has gone missing', async () => {
    await portfolioWithBackup('Kept in the backup');
    const { rm } = await import('node:fs/promises');
    await rm(store);
    await rm(journal());
    const backend = await openTestBackend(temp.dir);
    expect(backend.startupCheck.outcome).toBe('restored');
    expect(backend.startupCheck.damagedPath).toBeUndefined();
    expect((await backend.api.listCpd())[0]?.title).toBe('Kept in the backup');
    await backend.close();
  });

  it('migrates a version 1 store, keeping the old file as a backup', async () => {
    const v1 = { cpd: [{ id: 'rec-00000001', title: 'First aid', startDate: '2024-02-01', hours: 6, createdAt: '2024-02-01T09:00:00.000Z', updatedAt: '2024-02-01T09:00:00.000Z' }] };
    await mkdir(temp.dir, { recursive: true });
    await writeFile(store, JSON.stringify(v1));
    const backend = await openTestBackend(temp.dir);
    expect(backend.startupCheck.outcome).toBe('migrated');
    expect(await backend.api.listCpd()).toEqual([expect.objectContaining(v1.cpd[0])]);
    const status = await backend.api.getStorageStatus();
    await backend.close();
    const before = status.backups.find((b) => b.reason === 'before-migration-from-v1');
    expect(JSON.parse(await readFile(path.join(temp.dir, 'backups', before!.fileName), 'utf8'))).toEqual(v1);
    expect(JSON.parse(await readFile(store, 'utf8')).schemaVersion).toBe(PORTFOLIO_SCHEMA_VERSION);
  });

  it('refuses a store from a newer version and leaves it untouched', async () => {
    const newer = JSON.stringify({ schemaVersion: PORTFOLIO_SCHEMA_VERSION + 1, somethingNew: true });
    await mkdir(temp.dir, { recursive: true });
    await writeFile(store, newer);
    await expect(openTestBackend(temp.dir)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('newer version of Techfolio') });
    expect(await readFile(store, 'utf8')).toBe(newer);
    expect(existsSync(path.join(temp.dir, 'damaged'))).toBe(false);
    // The failed open released the lock.
    await writeFile(store, JSON.stringify({ schemaVersion: PORTFOLIO_SCHEMA_VERSION }));
    await (await openTestBackend(temp.dir)).close();
  });

  it('reports a healthy store as ok and changes nothing', async () => {
    await portfolioWithBackup();
    const before = await readFile(store, 'utf8');
    const result = await checkStoreAtStartup({ dataDir: temp.dir, storePath: store, backups: new BackupService(temp.dir, store) });
    expect(result.outcome).toBe('ok');
    expect(await readFile(store, 'utf8')).toBe(before);
  });
});
