import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { makeXlsx } from '../../../support/xlsx';
import { fillPortfolio, snapshotFolder } from './archive-fixtures';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const csv = 'Date;Activity;Duration;Type;Notes\r\n25/03/2025;Autoclave course;1,5;Formal/Educational;\r\n25/3/25;;2;Work based;\r\n01/04/2025;Seminar;1:30;Nonsense type;\r\n02/04/2025;Reading;45 min;Self directed;£ and é\r\n';

describe('transfer API (through the validated client)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(path.join(temp.dir, 'data'));
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('previewImport guesses the mapping and reports valid and rejected rows without importing', async () => {
    const preview = await backend.api.previewImport({ fileName: 'log.csv', dataBase64: b64(csv) });
    expect(preview.columns).toEqual(['Date', 'Activity', 'Duration', 'Type', 'Notes']);
    expect(preview.guessedMapping).toEqual({ date: 'Date', title: 'Activity', hours: 'Duration', category: 'Type', description: 'Notes' });
    expect(preview.validCount).toBe(3);
    expect(preview.rejected).toEqual([{ row: 3, reason: 'Title: the title is empty.' }]);
    // A category it cannot place costs the row nothing: it is imported uncategorised and reported.
    expect(preview.report).toEqual([
      { row: 3, outcome: 'rejected', reason: 'Title: the title is empty.', cells: ['25/3/25', '', '2', 'Work based', ''] },
      { row: 4, outcome: 'uncategorised', reason: expect.stringContaining('Category "Nonsense type" could not be placed'), cells: ['01/04/2025', 'Seminar', '1:30', 'Nonsense type', ''] },
    ]);
    expect(preview.previewRows[0]).toMatchObject({ row: 2, record: { date: '2025-03-25', title: 'Autoclave course', hours: 1.5, category: 'formal' }, reason: null });
    expect(preview.previewRows[1]).toMatchObject({ row: 3, record: null, reason: 'Title: the title is empty.' });
    expect(await backend.api.listCpd()).toEqual([]);
  });

  it('previewImport uses the user’s mapping over the guess', async () => {
    const preview = await backend.api.previewImport({ fileName: 'log.csv', dataBase64: b64(csv), mapping: { category: 'Notes', description: 'Type' } });
    expect(preview.mapping).toMatchObject({ category: 'Notes', description: 'Type' });
  });

  it('commitImport all-or-nothing imports nothing when any row is rejected', async () => {
    await expect(backend.api.commitImport({ fileName: 'log.csv', dataBase64: b64(csv), mode: 'all-or-nothing' })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/^Nothing was imported: 1 row cannot be read \(first, row 3: Title: the title is empty\.\)/),
    });
    expect(await backend.api.listCpd()).toEqual([]);
  });

  it('commitImport valid-only adds every valid row in one write and reports the rest', async () => {
    const result = await backend.api.commitImport({ fileName: 'log.csv', dataBase64: b64(csv), mode: 'valid-only' });
    expect(result).toMatchObject({ kind: 'cpd', added: 3, updated: 0, skipped: 0, hours: 3.75 });
    const cpd = await backend.api.listCpd();
    expect(cpd.map((r) => [r.title, r.startDate, r.hours, r.category, r.description, r.tags])).toEqual([
      ['Autoclave course', '2025-03-25', 1.5, 'formal', '', []],
      ['Seminar', '2025-04-01', 1.5, undefined, '', ['Nonsense type']],
      ['Reading', '2025-04-02', 0.75, 'self-directed', '£ and é', []],
    ]);
    expect(result.rejected.map((r) => r.row)).toEqual([3]);
  });

  it('commitImport all-or-nothing imports an .xlsx whose rows are all valid', async () => {
    const xlsx = await makeXlsx([['Date', 'Title', 'Hours'], [{ serialDate: 45741 }, 'One', 1], ['26 Mar 2025', 'Two', '2 hrs']]);
    const result = await backend.api.commitImport({ fileName: 'log.xlsx', dataBase64: xlsx.toString('base64'), mode: 'all-or-nothing' });
    expect(result.added).toBe(2);
    expect((await backend.api.listCpd()).map((r) => r.startDate)).toEqual(['2025-03-25', '2025-03-26']);
  });

  it('refuses an import file that is not base64 or is over the size limit, before reading it', async () => {
    await expect(backend.api.previewImport({ fileName: 'x.csv', dataBase64: '***' })).rejects.toMatchObject({ code: 'validation' });
    await expect(backend.api.previewImport({ fileName: 'x.csv', dataBase64: 'A'.repeat(28_000_000) })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('can be up to 20 MB'),
    });
  });

  it('exportArchive writes into <data>/exports/ and restoreArchive takes the uploaded bytes', async () => {
    await fillPortfolio(backend);
    const exported = await backend.api.exportArchive();
    expect(exported.fileName).toMatch(/^techfolio-\d{4}-\d{2}-\d{2}-\d{6}\.techfolio$/);
    const archivePath = path.join(temp.dir, 'data', 'exports', exported.fileName);
    const bytes = await readFile(archivePath);
    expect(bytes.length).toBe(exported.bytes);
    const second = await backend.api.exportArchive();
    expect(second.fileName).not.toBe(exported.fileName);

    const other = await openTestBackend(path.join(temp.dir, 'other'));
    try {
      const result = await other.api.restoreArchive({ dataBase64: bytes.toString('base64') });
      expect(result.counts).toEqual({ cpd: 2, training: 1, evidence: 3, evidenceFiles: 2 });
      expect(other.portfolio.read()).toEqual(backend.portfolio.read());
      // The uploaded copy and the staging folder are gone.
      expect((await readdir(path.join(temp.dir, 'other'))).filter((n) => n.startsWith('.'))).toEqual([]);

      const before = await snapshotFolder(path.join(temp.dir, 'other'));
      await expect(other.api.restoreArchive({ dataBase64: bytes.toString('base64') })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('choose Replace') });
      expect(await snapshotFolder(path.join(temp.dir, 'other'))).toEqual(before);
      const replaced = await other.api.restoreArchive({ dataBase64: bytes.toString('base64'), replace: true });
      expect(replaced.backupFileName).toMatch(/before-restore/);
    } finally {
      await other.close();
    }
  });

  it('exportCsv returns both files as Excel-ready CSV text', async () => {
    await fillPortfolio(backend);
    const { cpdCsv, trainingCsv } = await backend.api.exportCsv();
    expect(cpdCsv.startsWith('\uFEFF"Date"')).toBe(true);
    expect(cpdCsv.split('\r\n')).toHaveLength(4);
    expect(trainingCsv).toContain('"Radiation protection supervisor"');
  });
});
