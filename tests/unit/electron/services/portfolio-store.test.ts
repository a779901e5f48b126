import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../../core/model/portfolio';
import { portfolioJson } from '../../../../electron/services/portfolio-json';
import { openTestBackend } from '../../../support/backend';
import { makeCpdRecord } from '../../../support/fixtures';
import { makeTempDir } from '../../../support/temp-dir';

describe('the portfolio store', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('keeps a saved record on disk: a new backend over the same folder sees it', async () => {
    const first = await openTestBackend(temp.dir);
    const saved = await first.api.addCpd({ title: 'Biosafety level 2 refresher', startDate: '2025-05-06', hours: 3.5 });
    await first.close();

    const onDisk = JSON.parse(await readFile(path.join(temp.dir, 'portfolio.json'), 'utf8')) as { cpd: unknown[] };
    expect(onDisk.cpd).toEqual([saved]);

    const second = await openTestBackend(temp.dir);
    expect(await second.api.listCpd()).toEqual([saved]);
    await second.close();
  });

  it('reports the data folder it was opened on', async () => {
    const backend = await openTestBackend(temp.dir, 'cli');
    expect(await backend.api.getInfo()).toMatchObject({ name: 'Techfolio', dataDir: temp.dir, transport: 'cli' });
    await backend.close();
  });

  it('reads the file again only when something else has changed it', async () => {
    const backend = await openTestBackend(temp.dir);
    try {
      await backend.api.addCpd({ title: 'Fume cupboard testing', startDate: '2025-02-03', hours: 2 });
      const first = backend.portfolio.read();
      expect(backend.portfolio.read()).toBe(first);

      // Another program (a sync client, an editor) writes a valid portfolio in its place.
      const elsewhere = makeCpdRecord({ title: 'Written by another program' });
      await writeFile(backend.portfolio.path, JSON.stringify({ schemaVersion: 2, cpd: [elsewhere] }));
      expect(backend.portfolio.read()).not.toBe(first);
      expect((await backend.api.listCpd()).map((r) => r.title)).toEqual(['Written by another program']);
    } finally {
      await backend.close();
    }
  });

  it('writes after many edits exactly the text a fresh write of the same portfolio gives, one record to a line', async () => {
    const backend = await openTestBackend(temp.dir);
    try {
      const records = [];
      for (let i = 0; i < 5; i++) records.push(await backend.api.addCpd({ title: `Record ${i}`, startDate: '2025-02-03', hours: 1 }));
      await backend.api.updateCpd(records[2]!.id, { title: 'Record 2, edited', startDate: '2025-02-04', hours: 3 });
      await backend.api.deleteCpd(records[0]!.id);
      const text = await readFile(backend.portfolio.path, 'utf8');
      const parsed = JSON.parse(text) as Record<string, unknown>;
      expect(text).toBe(portfolioJson(Portfolio.parse(parsed)).toString('utf8'));
      expect(parsed.schemaVersion).toBe(2);
      expect((parsed.cpd as { title: string }[]).map((r) => r.title)).toEqual(['Record 1', 'Record 2, edited', 'Record 3', 'Record 4']);
      const recordLines = text.split('\n').filter((line) => line.includes('"title":"Record'));
      expect(recordLines.map((line) => (JSON.parse(line.replace(/,$/, '')) as { title: string }).title)).toEqual(['Record 1', 'Record 2, edited', 'Record 3', 'Record 4']);
    } finally {
      await backend.close();
    }
  });

  it('hands out a frozen snapshot, so a change can only go through update()', async () => {
    const backend = await openTestBackend(temp.dir);
    try {
      await backend.api.addCpd({ title: 'Gas cylinder handling', startDate: '2025-02-03', hours: 1 });
      const snapshot = backend.portfolio.read();
      expect(() => (snapshot.cpd as unknown[]).push({})).toThrow(TypeError);
      expect(() => ((snapshot.cpd[0] as { hours: number }).hours = 99)).toThrow(TypeError);
    } finally {
      await backend.close();
    }
  });
});
