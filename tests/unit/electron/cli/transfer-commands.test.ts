import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { makeXlsx } from '../../../support/xlsx';

function capture() {
  const io = { out: '', err: '' };
  return { io, cli: { out: (t: string) => (io.out += t), err: (t: string) => (io.err += t), env: {} } };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('techfolio import, export, restore and export-csv', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const data = () => path.join(temp.dir, 'data');
  const run = async (...args: string[]) => {
    const { io, cli } = capture();
    const code = await runCli(['--data-dir', data(), ...args], cli);
    noStackTrace(io.err);
    return { code, ...io };
  };
  const listCpd = async (dir = data()) => {
    const backend = await openTestBackend(dir);
    try {
      return await backend.api.listCpd();
    } finally {
      await backend.close();
    }
  };

  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  const file = async (name: string, content: string | Buffer) => {
    const p = path.join(temp.dir, name);
    await writeFile(p, content);
    return p;
  };
  const mixedCsv = 'Date,Activity,Hours\r\n25/03/2025,Autoclave course,1.5\r\n31/02/2025,Impossible day,1\r\n01/04/2025,Seminar,90 min\r\n';

  it('import --values, --map "field=", --report and --duplicates: every row kept, the report written, a second import adds nothing', async () => {
    const csv = await file('log.csv', 'Date,Activity,Hours,Type,Notes\r\n01/03/2025,Course A,1,Wibble,n\r\n02/03/2025,Talk B,2,Seminar,n\r\nbad,Broken,1,Course,n\r\n');
    const report = path.join(temp.dir, 'report.csv');
    const dry = await run('import', csv, '--values', 'category=Wibble:Work-based learning', '--map', 'description=', '--dry-run');
    expect(dry.out).toMatch(/Description\s+← \(not imported\)/);
    expect(dry.out).toContain('Wibble (1 row) → Work-based learning [work-based]');
    expect(dry.out).toContain('Seminar (1 row) → Formal / educational [formal]');
    const first = await run('import', csv, '--values', 'category=Wibble:work-based', '--valid-only', '--report', report);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Imported 2 CPD records (3 hours) from log.csv.');
    const written = await readFile(report, 'utf8');
    expect(written).toContain('"Row","Outcome","Reason","Date","Activity","Hours","Type","Notes"');
    expect(written).toContain('"4","Not imported","Date: ');
    expect((await listCpd()).map((r) => [r.title, r.category, r.description])).toEqual([
      ['Course A', 'work-based', 'n'],
      ['Talk B', 'formal', 'n'],
    ]);
    const second = await run('import', csv, '--valid-only', '--duplicates', 'skip');
    expect(second.out).toContain('Imported 0 CPD records (0 hours) from log.csv; 2 rows already there, skipped.');
    expect(await listCpd()).toHaveLength(2);
  });

  it('import --kind training reads a learning-system export; a bad --kind is a usage error', async () => {
    const csv = await file('lms.csv', 'Course,Completed,Renewal\r\nFire warden,01/02/2025,3 years\r\n');
    expect((await run('import', csv, '--kind', 'training')).out).toContain('Imported 1 training record from lms.csv.');
    expect((await run('import', csv, '--kind', 'courses')).code).toBe(2);
  });

  it('import --dry-run prints the mapping, a preview and every rejected row, and imports nothing', async () => {
    const csv = await file('log.csv', mixedCsv);
    const { code, out } = await run('import', csv, '--dry-run');
    expect(code).toBe(0);
    expect(out).toMatch(/Date\s+← Date/);
    expect(out).toMatch(/Title\s+← Activity/);
    expect(out).toMatch(/Hours\s+← Hours/);
    expect(out).toMatch(/Category\s+← \(not imported\)/);
    expect(out).toContain('row 2: 25/03/2025  1.5 h  Autoclave course');
    expect(out).toContain('Rejected rows (1):\n  row 3: Date: "31/02/2025" is not a real day: February 2025 has 28 days; write a day from 1 to 28.');
    expect(out).toContain('2 rows can be imported, 1 rejected.');
    expect(await listCpd()).toEqual([]);
  });

  it('import refuses a file with rejected rows (exit 1) unless --valid-only, importing nothing', async () => {
    const csv = await file('log.csv', mixedCsv);
    const refused = await run('import', csv);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('row 3: Date:');
    expect(refused.err).toContain('Nothing was imported: 1 row cannot be read. Correct the spreadsheet, or add --valid-only to import only the 2 valid rows.');
    expect(await listCpd()).toEqual([]);

    const accepted = await run('import', csv, '--valid-only');
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('Imported 2 CPD records (3 hours) from log.csv.');
    expect((await listCpd()).map((r) => r.title).sort()).toEqual(['Autoclave course', 'Seminar']);
  });

  it('import --map chooses the columns, and an .xlsx imports', async () => {
    const xlsx = await file('log.xlsx', await makeXlsx([['When', 'Item', 'Time taken'], [{ serialDate: 45741 }, 'Radiation refresher', '2 hrs']]));
    const { code, out } = await run('import', xlsx, '--map', 'date=When,title=Item,hours=Time taken');
    expect(code).toBe(0);
    expect(out).toContain('Imported 1 CPD record (2 hours)');
    expect(await listCpd()).toEqual([expect.objectContaining({ title: 'Radiation refresher', startDate: '2025-03-25', hours: 2 })]);
  });

  it('import: a --map naming an unknown field is a usage error (exit 2)', async () => {
    const csv = await file('log.csv', mixedCsv);
    const { code, err } = await run('import', csv, '--map', 'when=Date');
    expect(code).toBe(2);
    expect(err).toContain('"when=Date" names no field we know');
  });

  it('import: a --map naming a missing column, or a missing file, is refused (exit 1) with a message', async () => {
    const csv = await file('log.csv', mixedCsv);
    const badColumn = await run('import', csv, '--map', 'hours=Durration');
    expect(badColumn.code).toBe(1);
    expect(badColumn.err).toContain('There is no column named "Durration" for Hours. The columns are: Date, Activity, Hours.');
    const missing = await run('import', path.join(temp.dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Cannot read');
  });

  it('export then restore into another folder brings back the same records; restore over records needs --replace', async () => {
    const csv = await file('log.csv', mixedCsv);
    await run('import', csv, '--valid-only');
    const archive = path.join(temp.dir, 'backup.techfolio');
    const exported = await run('export', '--out', archive);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^Wrote .*backup\.techfolio \(\d+ KB\): 2 CPD records, 0 training records, 0 evidence items\.\n$/);

    const again = await run('export', '--out', archive);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');

    const other = path.join(temp.dir, 'other');
    const restored = capture();
    expect(await runCli(['--data-dir', other, 'restore', archive], restored.cli)).toBe(0);
    expect(restored.io.out).toContain(`Restored ${archive}: 2 CPD records, 0 training records, 0 evidence items (0 evidence files).`);
    expect(await listCpd(other)).toEqual(await listCpd());

    const refused = capture();
    expect(await runCli(['--data-dir', other, 'restore', archive], refused.cli)).toBe(1);
    expect(refused.io.err).toContain('add --replace');
    const replaced = capture();
    expect(await runCli(['--data-dir', other, 'restore', archive, '--replace'], replaced.cli)).toBe(0);
    expect(replaced.io.out).toMatch(/Backed up the previous portfolio as portfolio-.*-before-restore\.json/);
  });

  it('export without --out, or with the wrong extension, is a usage error (exit 2)', async () => {
    expect((await run('export')).code).toBe(2);
    const wrong = await run('export', '--out', path.join(temp.dir, 'backup.zip'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Name the archive with .techfolio at the end');
  });

  it('restore of a file that is not an archive is refused (exit 1) with a message', async () => {
    const bogus = await file('bogus.techfolio', 'not a zip');
    const { code, err } = await run('restore', bogus);
    expect(code).toBe(1);
    expect(err).toContain('This file is not a Techfolio archive, or it is damaged');
  });

  it('export-csv writes cpd.csv and training.csv for Excel', async () => {
    await run('import', await file('log.csv', mixedCsv), '--valid-only');
    const out = path.join(temp.dir, 'csv');
    const { code } = await run('export-csv', '--out', out);
    expect(code).toBe(0);
    const cpd = await readFile(path.join(out, 'cpd.csv'), 'utf8');
    expect(cpd.startsWith('\uFEFF"Date","End date","Title","Hours"')).toBe(true);
    expect(cpd).toContain('\r\n"25/03/2025","","Autoclave course","1.5"');
    expect(await readFile(path.join(out, 'training.csv'), 'utf8')).toBe('\uFEFF"Course","Provider","Kind","Completed","Expires","Renewal (months)","Notes"\r\n');
  });
});
