import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { StorageStatus } from '../../../core/api/methods/storage';
import { startupNotice } from '../../../core/storage/startup-notice';
import { openTestBackend } from '../../support/backend';
import { makeTempDir } from '../../support/temp-dir';

const SESSIONS = 2;
const SAVES_PER_SESSION = 10;

/** Ways portfolio.json is spoilt while Techfolio is not running. */
const DAMAGE: [string, (store: string) => Promise<void>][] = [
  ['truncated to nothing', (store) => truncate(store, 0)],
  ['overwritten with garbage', (store) => writeFile(store, randomBytes(4096))],
  ['deleted', (store) => rm(store)],
  ['half written (a copy cut off part-way)', async (store) => truncate(store, Math.floor((await stat(store)).size / 2))],
];

describe('portfolio.json spoilt while the app is closed', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let store: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    dataDir = path.join(temp.dir, 'data');
    store = path.join(dataDir, 'portfolio.json');
  });
  afterEach(() => temp.remove());

  /** Acknowledged saves over several sessions (each start takes a backup); returns every acknowledged title. */
  async function saveInSessions(): Promise<string[]> {
    const titles: string[] = [];
    for (let session = 0; session < SESSIONS; session++) {
      const backend = await openTestBackend(dataDir, 'web');
      for (let i = 0; i < SAVES_PER_SESSION; i++) {
        const title = `Session ${session + 1}, save ${i + 1}`;
        // Every save goes through the contract, as the UI's do; a returned value is an acknowledgement.
        const added = await backend.api.addCpd({ title, startDate: '2025-05-01', hours: 1 });
        expect(added.title).toBe(title);
        titles.push(title);
      }
      // Edits to earlier records are saves too.
      const first = (await backend.api.listCpd()).find((r) => r.title === `Session ${session + 1}, save 1`)!;
      await backend.api.updateCpd(first.id, { title: first.title, startDate: first.startDate, hours: 3 });
      await backend.close();
    }
    return titles;
  }

  it.each(DAMAGE)('when %s, the next start finds every acknowledged save, keeps the damaged file and says so in every transport', async (_, damage) => {
    const titles = await saveInSessions();
    const before = await readFile(store);
    await damage(store);
    const damagedBytes = await readFile(store).catch(() => null);

    const backend = await openTestBackend(dataDir, 'web');
    try {
      const records = await backend.api.listCpd();
      expect(records.map((r) => r.title).sort()).toEqual([...titles].sort());
      expect(records.find((r) => r.title === 'Session 2, save 1')?.hours).toBe(3);
      expect(await readFile(store)).toEqual(before);

      const check = backend.startupCheck;
      expect(check.outcome).toBe('recovered');
      expect(check.restoredFrom).toBe(path.join(dataDir, 'portfolio.journal'));
      expect(check.message).toContain(`${titles.length} CPD records`);
      if (damagedBytes === null) {
        expect(check.damagedPath).toBeUndefined();
      } else {
        // Moved aside byte for byte, never deleted.
        expect(await readFile(check.damagedPath!)).toEqual(damagedBytes);
        expect(check.message).toContain(check.damagedPath);
      }
      // Browser mode and the desktop both read the notice through the API (the dashboard shows it).
      const status = await dispatch(backend.impl, 'getStorageStatus', []);
      expect(status.ok && (status.value as StorageStatus).startupCheck).toEqual(check);
      expect(startupNotice(check)).toEqual({ level: 'warning', message: check.message });

      // Saving carries on, and a second reopen is a normal start.
      await backend.api.addCpd({ title: 'After the repair', startDate: '2025-06-01', hours: 1 });
    } finally {
      await backend.close();
    }
    const again = await openTestBackend(dataDir, 'web');
    expect(again.startupCheck.outcome).toBe('ok');
    expect(await again.api.listCpd()).toHaveLength(titles.length + 1);
    await again.close();
  });

  it('falls back to the newest backup, and says why, when the journal is spoilt as well', async () => {
    await saveInSessions();
    await writeFile(store, 'garbage');
    await truncate(path.join(dataDir, 'portfolio.journal'), 10);
    const backend = await openTestBackend(dataDir, 'web');
    expect(backend.startupCheck.outcome).toBe('restored');
    expect(backend.startupCheck.message).toMatch(/second copy \(portfolio\.journal\) could not be used/);
    // The backup taken at the start of the second session: everything from the first.
    expect(await backend.api.listCpd()).toHaveLength(SAVES_PER_SESSION);
    await backend.close();
  });

  it('removes temporary files left by killed saves at start, and nothing else', async () => {
    await saveInSessions();
    const uuid = '0f1e2d3c-4b5a-4697-8877-665544332211';
    const orphans = [
      path.join(dataDir, `.portfolio.json.${uuid}.tmp`),
      path.join(dataDir, `.portfolio.journal.${uuid.replace('0f', 'aa')}.tmp`),
      path.join(dataDir, 'backups', `.portfolio-2026-01-01T00-00-00-000Z-startup.json.${uuid}.tmp`),
      path.join(dataDir, 'exports', `.abcdef123456.pdf.${uuid}.tmp`),
    ];
    await mkdir(path.join(dataDir, 'exports'), { recursive: true });
    for (const file of orphans) await writeFile(file, randomBytes(1024 * 1024));
    const staging = path.join(dataDir, `.restore-${uuid}`);
    await mkdir(path.join(staging, 'evidence'), { recursive: true });
    await writeFile(path.join(staging, 'evidence', 'x'), 'staged');
    // Look-alikes that are not Techfolio's temporary files stay.
    const keep = [path.join(dataDir, 'notes.tmp'), path.join(dataDir, '.portfolio.json.not-a-uuid.tmp'), path.join(dataDir, 'portfolio.json.bak')];
    for (const file of keep) await writeFile(file, 'mine');
    const liveBefore = await readFile(store);

    const backend = await openTestBackend(dataDir, 'web');
    const check = backend.startupCheck;
    await backend.close();

    for (const file of [...orphans, staging]) await expect(stat(file), file).rejects.toMatchObject({ code: 'ENOENT' });
    for (const file of keep) expect(await readFile(file, 'utf8')).toBe('mine');
    expect(await readFile(store)).toEqual(liveBefore);
    expect(check.outcome).toBe('ok');
    expect(check.notes).toContainEqual(expect.stringMatching(/^5 unfinished temporary files \(4 MB\) left by an interrupted save were removed/));
    expect(startupNotice(check)?.level).toBe('info');
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual(['.portfolio.json.not-a-uuid.tmp', 'notes.tmp']);
  });
});
