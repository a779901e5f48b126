import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, createBridge } from '../../../../core/api/client';
import type { TechfolioApi } from '../../../../core/api/contract';
import { dispatch } from '../../../../core/api/dispatch';
import type { Backend } from '../../../../electron/backend';
import { parseCsvTable } from '../../../../electron/transfer/csv-table';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { makeXlsx } from '../../../support/xlsx';

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64');
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const SEVEN_ROWS = [
  ['Date', 'Activity', 'Hours', 'Type'],
  [{ serialDate: 45717 }, 'HPLC course', 6, 'Course'],
  ['02/03/2025', 'Mass spec webinar', '1h', 'Webinar'],
  ['03/03/2025', 'Analytical conference', 7, 'Conference'],
  ['04/03/2025', 'Journal paper', '45 min', 'Reading'],
  ['05/03/2025', 'Fire safety', 2, 'Training'],
  ['06/03/2025', 'Biobank talk', 1, 'Seminar'],
  ['07/03/2025', 'Bench tidy-up', 1, 'Wibble'],
] as const;

describe('spreadsheet import through the API dispatcher, as JSON both ways', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let api: TechfolioApi;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(path.join(temp.dir, 'data'));
    // As IPC and HTTP carry it: undefined vanishes, null survives.
    api = createApiClient(createBridge(async (method, args) => json(await dispatch(backend.impl, method, json(args)))));
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('a 7-row .xlsx with everyday and unknown categories imports all 7 rows', async () => {
    const xlsx = await makeXlsx(SEVEN_ROWS.map((r) => [...r]));
    const result = await api.commitImport({ fileName: 'log.xlsx', dataBase64: xlsx.toString('base64'), mode: 'all-or-nothing' });
    expect(result).toMatchObject({ added: 7, skipped: 0, rejected: [] });
    expect(result.report).toEqual([expect.objectContaining({ row: 8, outcome: 'uncategorised' })]);
    const cpd = await api.listCpd();
    expect(cpd.map((r) => [r.title, r.category ?? null])).toEqual([
      ['HPLC course', 'formal'],
      ['Mass spec webinar', 'formal'],
      ['Analytical conference', 'professional'],
      ['Journal paper', 'self-directed'],
      ['Fire safety', 'formal'],
      ['Biobank talk', 'formal'],
      ['Bench tidy-up', null],
    ]);
  });

  it('a column set to "not imported" stays so through the transport, in the preview and the import', async () => {
    const csv = 'Date,Activity,Hours,Type,Notes\n01/03/2025,Course A,1,Course,Kept out\n';
    const preview = await api.previewImport({ fileName: 'log.csv', dataBase64: b64(csv), mapping: { category: null, description: null } });
    expect(preview.guessedMapping).toMatchObject({ category: 'Type', description: 'Notes' });
    expect(preview.mapping).toMatchObject({ category: null, description: null, title: 'Activity' });
    // The preview's own mapping, sent back as it is, keeps the choice.
    await api.commitImport({ fileName: 'log.csv', dataBase64: b64(csv), mapping: preview.mapping, mode: 'all-or-nothing' });
    const [record] = await api.listCpd();
    expect(record).toMatchObject({ title: 'Course A', description: '' });
    expect(record?.category).toBeUndefined();
  });

  it('importing the same file twice adds nothing the second time; the choices are remembered for it', async () => {
    const csv = 'When,Item,Time,Kind\n01/03/2025,Course A,1,Wibble\n02/03/2025,Talk B,2,Seminar\n';
    const request = { fileName: 'log.csv', dataBase64: b64(csv), mapping: { date: 'When', title: 'Item', hours: 'Time', category: 'Kind' }, values: { category: { Wibble: 'work-based' } } };
    expect(await api.commitImport({ ...request, mode: 'all-or-nothing' })).toMatchObject({ added: 2, skipped: 0 });
    const again = await api.previewImport({ fileName: 'log.csv', dataBase64: b64(csv) });
    expect(again).toMatchObject({ profileUsed: true, duplicateCount: 2, duplicates: 'skip', mapping: request.mapping });
    expect(again.values.find((v) => v.value === 'Wibble')).toMatchObject({ target: 'work-based', chosen: true });
    expect(await api.commitImport({ fileName: 'log.csv', dataBase64: b64(csv), mode: 'all-or-nothing' })).toMatchObject({ added: 0, skipped: 2 });
    expect(await api.listCpd()).toHaveLength(2);
  });

  it('update fills matched records from the file and keeps what the file leaves empty', async () => {
    await api.commitImport({ fileName: 'a.csv', dataBase64: b64('Date,Title,Hours\n01/03/2025,Course A,1\n'), mode: 'all-or-nothing' });
    const [before] = await api.listCpd();
    await api.updateCpd(before!.id, { ...before!, outcomes: 'Written in the app' });
    const result = await api.commitImport({ fileName: 'b.csv', dataBase64: b64('Date,Title,Hours,Notes,Outcomes\n01/03/2025, course a ,1,From the file,\n'), duplicates: 'update', mode: 'all-or-nothing' });
    expect(result).toMatchObject({ added: 0, updated: 1, skipped: 0 });
    const [after] = await api.listCpd();
    expect(after).toMatchObject({ id: before!.id, title: 'Course A', description: 'From the file', outcomes: 'Written in the app' });
  });

  it('imports a training export, and refuses a value choice that names no category', async () => {
    const csv = 'Course Title,Provider,Completion Date,Expiry Date,Type\nRadiation protection,RPA Ltd,12/01/2024,12/01/2027,Radiation\nBiosafety level 2,,03/06/2024,,Biosafety\n';
    const result = await api.commitImport({ fileName: 'lms.csv', dataBase64: b64(csv), kind: 'training', mode: 'all-or-nothing' });
    expect(result).toMatchObject({ kind: 'training', added: 2 });
    expect((await api.listTraining()).map((t) => [t.course, t.provider, t.completedDate, t.expiryDate, t.kind])).toEqual([
      ['Radiation protection', 'RPA Ltd', '2024-01-12', '2027-01-12', 'Radiation'],
      ['Biosafety level 2', '', '2024-06-03', undefined, 'Biosafety'],
    ]);
    await expect(api.previewImport({ fileName: 'x.csv', dataBase64: b64('Date,Title,Hours,Type\n01/03/2025,A,1,Course\n'), values: { category: { Course: 'Formall' } } })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('"Formall" is not a category'),
    });
  });
});

describe('delimiter detection', () => {
  it('a comma file whose quoted cells hold ";" on several rows is read by comma', () => {
    const text = 'Date,Activity\n01/03/2025,"Course; day 1; lab"\n02/03/2025,"Seminar; part 2; x"\n03/03/2025,"Reading; a; b"\n';
    const parsed = parseCsvTable(text);
    expect(parsed).toMatchObject({ ok: true, table: { headers: ['Date', 'Activity'] } });
    if (parsed.ok) expect(parsed.table.rows).toEqual([['01/03/2025', 'Course; day 1; lab'], ['02/03/2025', 'Seminar; part 2; x'], ['03/03/2025', 'Reading; a; b']]);
  });

  it('a semicolon file whose quoted cells hold "," is read by semicolon', () => {
    const text = 'Date;Activity;Hours;Notes\n01/03/2025;"Course, day 1";1,5;"a, b, c"\n02/03/2025;"Talk, part 2";2;"d, e"\n03/03/2025;Reading;0,5;\n';
    const parsed = parseCsvTable(text);
    expect(parsed).toMatchObject({ ok: true, table: { headers: ['Date', 'Activity', 'Hours', 'Notes'] } });
    if (parsed.ok) expect(parsed.table.rows[0]).toEqual(['01/03/2025', 'Course, day 1', '1,5', 'a, b, c']);
  });

  it('a tab file is read by tab, and a one-column file by comma', () => {
    expect(parseCsvTable('Date\tTitle\tHours\n01/03/2025\tA, B; C\t1\n')).toMatchObject({ ok: true, table: { headers: ['Date', 'Title', 'Hours'], rows: [['01/03/2025', 'A, B; C', '1']] } });
    expect(parseCsvTable('Title\nOne\n')).toMatchObject({ ok: true, table: { headers: ['Title'], rows: [['One']] } });
  });
});
