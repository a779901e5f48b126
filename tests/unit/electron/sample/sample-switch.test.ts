import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { sampleDataDir } from '../../../../electron/sample/sample-switch';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('exploring the sample portfolio from the app', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    await temp?.remove();
  });

  it('answers from a folder of its own, filled once, and leaves the user’s portfolio as it was', { timeout: 120_000 }, async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(temp.dir);
    const { api } = backend;
    await api.saveProfile({ ...(await api.getProfile()), name: 'Ada Okafor' });
    const mine = await api.addCpd({ title: 'My own fume cupboard checks', startDate: '2026-10-01', hours: 1 });
    const ownFile = await readFile(path.join(temp.dir, 'portfolio.json'), 'utf8');
    expect(await api.getSampleState()).toEqual({ exploring: false });

    expect(await api.exploreSample()).toEqual({ exploring: true });
    expect(await api.getSampleState()).toEqual({ exploring: true });
    expect(existsSync(path.join(sampleDataDir(temp.dir), 'portfolio.json'))).toBe(true);
    const sampleRecords = await api.listCpd();
    expect(sampleRecords.length).toBeGreaterThan(10);
    expect(sampleRecords.some((r) => r.id === mine.id)).toBe(false);
    expect((await api.getProfile()).name).not.toBe('Ada Okafor');
    // What is done in the sample stays in the sample.
    await api.addCpd({ title: 'Tried out in the sample', startDate: '2026-10-02', hours: 2 });
    // Exploring again while exploring changes nothing.
    await api.exploreSample();
    expect((await api.listCpd()).length).toBe(sampleRecords.length + 1);

    expect(await api.leaveSample()).toEqual({ exploring: false });
    expect((await api.listCpd()).map((r) => r.title)).toEqual(['My own fume cupboard checks']);
    expect((await api.getProfile()).name).toBe('Ada Okafor');
    expect(await readFile(path.join(temp.dir, 'portfolio.json'), 'utf8')).toBe(ownFile);
    // The backend's own services are the user's throughout.
    expect(backend.portfolio.read().cpd.map((r) => r.title)).toEqual(['My own fume cupboard checks']);

    // The sample is kept as it was left, and its folder is unlocked once left.
    expect(existsSync(path.join(sampleDataDir(temp.dir), 'portfolio.lock'))).toBe(false);
    await api.exploreSample();
    expect((await api.listCpd()).some((r) => r.title === 'Tried out in the sample')).toBe(true);
    await api.leaveSample();
  });
});
