import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { Envelope } from '../../../core/api/errors';
import { ImportPreview } from '../../../core/api/methods/transfer';
import type { Backend } from '../../../electron/backend';
import { runCli } from '../../../electron/cli/program';
import { openTestBackend } from '../../support/backend';
import { HOSTILE_FILE_NAMES, elfExecutable, htmlWithScript, peExecutable, plainPdf } from '../../support/hostile-files';
import { makeTempDir } from '../../support/temp-dir';
import { makeXlsx } from '../../support/xlsx';
import { snapshotPortfolio, snapshotTree } from './folder-snapshot';
import { makeSparseFile, watchReads } from './read-spy';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
const GOOD_CSV = 'Date,Activity,Hours\n25/03/2025,LC-MS workshop,1.5\n';

/** The .xlsx the importer fuzz found: 424 bytes of its middle repeated. Its streaming unzip once never settled. */
async function xlsxWithRepeatedBytes(): Promise<Uint8Array> {
  const xlsx = await makeXlsx([['Date', 'Activity', 'Hours'], [{ serialDate: 45741 }, 'Spreadsheet course', 3], ['not a date', 'Broken row', 'x']]);
  const at = 768706809 % xlsx.length;
  return new Uint8Array(Buffer.concat([xlsx.subarray(0, at + 424), xlsx.subarray(at, at + 424), xlsx.subarray(at + 424)]));
}

describe('hostile files as spreadsheet imports', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-hostile-import-');
    dataDir = path.join(temp.dir, 'data');
    backend = await openTestBackend(dataDir, 'web', { now: () => new Date('2026-03-01T10:00:00.000Z') });
    await backend.api.addCpd({ title: 'Existing record', startDate: '2025-01-05', hours: 3 });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  const commit = (fileName: string, bytes: Uint8Array | string): Promise<Envelope<unknown>> =>
    dispatch(backend.impl, 'commitImport', [{ fileName, dataBase64: b64(bytes), mode: 'valid-only' }]);
  const preview = (fileName: string, bytes: Uint8Array | string): Promise<Envelope<unknown>> =>
    dispatch(backend.impl, 'previewImport', [{ fileName, dataBase64: b64(bytes) }]);

  it.each([
    ['a zero-byte file', 'log.csv', () => new Uint8Array(), /"log\.csv" is empty\./],
    ['a Linux program (ELF) named .csv', 'log.csv', elfExecutable, /"log\.csv" is not a CSV or \.xlsx spreadsheet\./],
    ['a Windows program (PE) named .xlsx', 'log.xlsx', peExecutable, /"log\.xlsx" is not a CSV or \.xlsx spreadsheet\./],
    ['a PDF named .csv', 'log.csv', () => plainPdf('Not a spreadsheet'), /"log\.csv"/],
    ['an old Excel .xls file', 'log.xls', () => OLE2, /old Excel \.xls file\. Save it as \.xlsx or CSV/],
    ['a zip that is not a spreadsheet', 'log.xlsx', async () => new Uint8Array(await makeXlsx([]).then((x) => x.subarray(0, 40))), /"log\.xlsx"/],
    ['an HTML page with a script named .csv', 'log.csv', htmlWithScript, /"log\.csv"/],
  ])('%s is refused with a clear message and the portfolio is unchanged', async (_case, fileName, make, message) => {
    const before = await snapshotPortfolio(dataDir);
    const answer = await commit(fileName, await make());
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(message) } });
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
  });

  it('a damaged .xlsx (bytes repeated mid-archive) is refused or read: it never leaves the import waiting for ever', async () => {
    const before = await snapshotPortfolio(dataDir);
    const answer = await preview('log.xlsx', await xlsxWithRepeatedBytes());
    if (answer.ok) expect(ImportPreview.safeParse(answer.value).success).toBe(true);
    else expect(answer.error.code).toBe('refused');
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
  });

  it.each(Object.entries(HOSTILE_FILE_NAMES))('a spreadsheet named with %s is imported; the name is used only in messages', async (_case, fileName) => {
    const outside = await snapshotTree(temp.dir);
    const answer = await commit(fileName, GOOD_CSV);
    expect(answer).toMatchObject({ ok: true, value: { added: 1 } });
    expect(backend.portfolio.read().cpd.map((r) => r.title)).toEqual(['Existing record', 'LC-MS workshop']);
    const after = await snapshotTree(temp.dir);
    // Only portfolio.json changed; no file appeared anywhere.
    expect(Object.keys(after).sort()).toEqual(Object.keys(outside).sort());
  });

  it('a spreadsheet cell holding a formula is exported to CSV as text, never as a formula', async () => {
    await commit('log.csv', 'Date,Activity,Hours\n25/03/2025,"=HYPERLINK(""http://192.0.2.1/"",""click"")",1\n');
    const { cpdCsv } = await backend.api.exportCsv();
    expect(cpdCsv).toContain(`"'=HYPERLINK(""http://192.0.2.1/"",""click"")"`);
    expect(cpdCsv).not.toMatch(/(^|,)"=HYPERLINK/m);
  });
});

describe('hostile files given to the command line by path', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-hostile-cli-');
    dataDir = path.join(temp.dir, 'data');
    const backend = await openTestBackend(dataDir, 'cli');
    await backend.api.addCpd({ title: 'Existing record', startDate: '2025-01-05', hours: 3 });
    await backend.close();
    // Opened once more so its start-up backup matches the content: opening it again adds none.
    await (await openTestBackend(dataDir, 'cli')).close();
  });
  afterEach(async () => {
    await temp.remove();
  });

  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(['--data-dir', dataDir, ...args], { out: (t) => (out += t), err: (t) => (err += t), env: {} });
    return { code, out, err };
  };

  it('techfolio import of a sparse 8 GB spreadsheet is refused from its size without reading it', async () => {
    const huge = await makeSparseFile(path.join(temp.dir, 'huge.csv'), 8 * 1024 ** 3, new TextEncoder().encode(GOOD_CSV));
    const before = await snapshotPortfolio(dataDir);
    const { result, error, report } = await watchReads(huge, () => cli('import', huge));
    expect(error).toBeUndefined();
    expect(result?.code).toBe(1);
    expect(result?.err).toMatch(/larger than 20 MB/);
    expect(report.bytesRead).toBe(0);
    expect(report.opened).toEqual([]);
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
  });

  it('techfolio restore of a sparse 8 GB file is refused after reading no more than its end', async () => {
    const huge = await makeSparseFile(path.join(temp.dir, 'huge.techfolio'), 8 * 1024 ** 3);
    const before = await snapshotPortfolio(dataDir);
    const { result, report } = await watchReads(huge, () => cli('restore', '--replace', huge));
    expect(result?.code).toBe(1);
    expect(result?.err).toMatch(/not a Techfolio archive, or it is damaged.*Your portfolio has not been changed/);
    // A zip is found from its end: at most the last 64 KB and a little more are read, never the 8 GB.
    expect(report.bytesRead).toBeLessThan(1024 * 1024);
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
  });

  it('techfolio evidence add of a sparse 8 GB file is refused from its size without reading it', async () => {
    const huge = await makeSparseFile(path.join(temp.dir, 'huge.pdf'), 8 * 1024 ** 3, await plainPdf('Huge'));
    const before = await snapshotPortfolio(dataDir);
    const { result, report } = await watchReads(huge, () => cli('evidence', 'add', huge));
    expect(result?.code).toBe(1);
    expect(result?.out).toMatch(/refused: .*huge\.pdf is 8[,.]?192 MB; evidence files can be up to 100 MB/);
    expect(report).toEqual({ opened: [], bytesRead: 0 });
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
  });

  it('the spreadsheet named on the command line may have any name; it is read, never written', async () => {
    const odd = path.join(temp.dir, 'CON..csv');
    await writeFile(odd, GOOD_CSV);
    const { code, err } = await cli('import', odd);
    expect({ code, err }).toEqual({ code: 0, err: '' });
  });
});
