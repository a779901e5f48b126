import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../../core/import/import-plan';
import { emptyPortfolio } from '../../../../core/model/portfolio';
import { parseCsvTable } from '../../../../electron/transfer/csv-table';
import { writeCsvExports } from '../../../../electron/transfer/csv-files';
import { readSpreadsheet } from '../../../../electron/transfer/spreadsheet-file';
import { makeCpdRecord } from '../../../support/fixtures';
import { makeTempDir } from '../../../support/temp-dir';

type Picked = { title: string; startDate: string; endDate?: string | undefined; hours: number; category?: string | undefined; tags: string[]; description: string };
const pick = (r: Picked) => ({ title: r.title, startDate: r.startDate, endDate: r.endDate, hours: r.hours, category: r.category, tags: r.tags, description: r.description });

describe('CSV export files', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  const records = [
    makeCpdRecord({ title: 'Seminar, with "quotes"', startDate: '2025-03-25', hours: 1.5, category: 'professional', tags: ['x', 'y'], description: 'Line one\nline two' }),
    makeCpdRecord({ title: 'Reading £ café', startDate: '2024-02-29', endDate: '2024-03-01', hours: 3, category: 'self-directed' }),
  ];

  it('writes cpd.csv and training.csv into a folder it makes', async () => {
    const dir = path.join(temp.dir, 'new', 'folder');
    const files = await writeCsvExports(dir, { ...emptyPortfolio(), cpd: records });
    expect(files.map((f) => path.basename(f))).toEqual(['cpd.csv', 'training.csv']);
    const bytes = await readFile(path.join(dir, 'cpd.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('"Reading £ café"');
  });

  it('cpd.csv reads back through the importer as the same records', async () => {
    await writeCsvExports(temp.dir, { ...emptyPortfolio(), cpd: records });
    const read = await readSpreadsheet('cpd.csv', await readFile(path.join(temp.dir, 'cpd.csv')));
    if (!read.ok) throw new Error(read.message);
    const outcome = planImport(read.table);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.plan.rejected).toEqual([]);
    expect(outcome.plan.cpd.map((v) => pick(v.record))).toEqual([records[1]!, records[0]!].map(pick));
  });

  it('keeps line breaks inside quoted fields as one cell', () => {
    const parsed = parseCsvTable('"A","B"\r\n"one\ntwo","x"\r\n');
    expect(parsed).toEqual({ ok: true, table: { headers: ['A', 'B'], rows: [['one\ntwo', 'x']] } });
  });
});
