import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { BackupService, KEEP_LATEST_BACKUPS } from '../../../electron/services/backups';
import { openTestBackend } from '../../support/backend';
import { makeTempDir } from '../../support/temp-dir';

/** A clock the test sets, as a computer whose date was wrong, or whose battery died, would show it. */
function adjustableClock(start: string) {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    set: (iso: string) => (at = new Date(iso).getTime()),
    advance: (ms: number) => (at += ms),
  };
}

describe('the clock set back', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let clock: ReturnType<typeof adjustableClock>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-faults-clock-');
    dataDir = path.join(temp.dir, 'data');
    clock = adjustableClock('2026-03-20T09:00:00.000Z');
    backend = await openTestBackend(dataDir, 'web', { now: clock.now });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('a backup made after the clock went back is kept and listed as the newest; no earlier backup is deleted wrongly', async () => {
    const backups = new BackupService(dataDir, path.join(dataDir, 'portfolio.json'), clock.now);
    const made: string[] = [];
    for (let day = 0; day < KEEP_LATEST_BACKUPS; day++) {
      await backend.api.addCpd({ title: `Day ${day}`, startDate: '2026-03-01', hours: 1 });
      made.push((await backups.createBackup('manual'))!.fileName);
      clock.advance(24 * 60 * 60 * 1000);
    }
    // The clock jumps back three weeks (a flat battery, a wrong manual setting), then the user saves more work.
    clock.set('2026-03-02T09:00:00.000Z');
    const latest = await backend.api.addCpd({ title: 'Work saved after the clock went back', startDate: '2026-03-02', hours: 1 });
    const backup = await backups.createBackup('manual');
    expect(backup).not.toBeNull();
    const listed = await backups.list();
    // The newest content is in a backup that still exists, and the list shows it first.
    expect(listed.map((b) => b.fileName)).toContain(backup!.fileName);
    expect(listed[0]?.fileName).toBe(backup!.fileName);
    expect(listed.length).toBeGreaterThanOrEqual(KEEP_LATEST_BACKUPS);
    expect(await readFile(path.join(backups.dir, backup!.fileName), 'utf8')).toContain(latest.id);
  });

  it('the daily backup after the clock went back still notices a change and backs it up', async () => {
    const backups = new BackupService(dataDir, path.join(dataDir, 'portfolio.json'), clock.now);
    await backend.api.addCpd({ title: 'Before', startDate: '2026-03-01', hours: 1 });
    expect(await backups.createBackup('daily')).not.toBeNull();
    clock.set('2025-12-25T09:00:00.000Z');
    // Unchanged: the daily backup is skipped, whatever the clock says.
    expect(await backups.createBackup('daily')).toBeNull();
    await backend.api.addCpd({ title: 'After', startDate: '2026-03-01', hours: 1 });
    const daily = await backups.createBackup('daily');
    expect(daily).not.toBeNull();
    expect((await backups.list())[0]?.fileName).toBe(daily!.fileName);
  });

  it('records saved after the clock went back keep their ids and every earlier record; timestamps stay valid ISO times', async () => {
    const first = await backend.api.addCpd({ title: 'First', startDate: '2026-03-01', hours: 1 });
    clock.set('2001-01-01T00:00:00.000Z');
    const second = await backend.api.addCpd({ title: 'Second', startDate: '2026-03-01', hours: 1 });
    const updated = await backend.api.updateCpd(first.id, { title: 'First, edited', startDate: '2026-03-01', hours: 2 });
    expect(updated.createdAt).toBe(first.createdAt);
    expect(new Date(updated.updatedAt).toISOString()).toBe(updated.updatedAt);
    expect((await backend.api.listCpd()).map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('a statement edited after the clock went back keeps the earlier text as a version', async () => {
    await backend.api.saveStatement('sc-rscitech', 'A1', 'The text written before the clock changed.');
    clock.set('2026-03-19T09:00:00.000Z');
    const saved = await backend.api.saveStatement('sc-rscitech', 'A1', 'New text written a day "earlier".');
    expect(saved.versions.map((v) => v.text)).toContain('The text written before the clock changed.');
  });
});
