import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../core/import/import-plan';
import { readSpreadsheet } from '../../../../electron/transfer/spreadsheet-file';
import { decodeText } from '../../../../electron/transfer/decode-text';
import { makeXlsx } from '../../../support/xlsx';

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const withBytes = (prefix: number[], body: Uint8Array) => new Uint8Array([...prefix, ...body]);
const utf16le = (text: string) => withBytes([0xff, 0xfe], new Uint8Array(Buffer.from(text, 'utf16le')));
const utf16be = (text: string) => withBytes([0xfe, 0xff], new Uint8Array(Buffer.from(text, 'utf16le').swap16()));
/** Windows-1252 for the characters these tests use: ASCII, £ (A3), é (E9), and ’ (92) which Latin-1 lacks. */
const cp1252 = (text: string) =>
  new Uint8Array([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));

/** The same two records, as each spreadsheet program writes them. */
const rows = [
  ['Date', 'Activity', 'Hours', 'Category', 'Notes'],
  ['25/03/2025', 'Café seminar on £ budgets', '1.5', 'Work based learning', 'Room 2, level 3'],
  ['01/04/2025', 'Self-study, “LC-MS”', '2', 'Self directed', ''],
];
const csv = (delimiter: string, decimal = '.') =>
  rows.map((row) => row.map((cell) => (cell.includes(delimiter) || cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell.replace(/^1\.5$/, `1${decimal}5`))).join(delimiter)).join('\r\n') + '\r\n';

async function importAll(name: string, bytes: Uint8Array) {
  const read = await readSpreadsheet(name, bytes);
  if (!read.ok) throw new Error(read.message);
  const outcome = planImport(read.table);
  if (!outcome.ok) throw new Error(outcome.message);
  return { format: read.format, plan: outcome.plan };
}

const expected = [
  { row: 2, title: 'Café seminar on £ budgets', startDate: '2025-03-25', hours: 1.5, category: 'work-based', description: 'Room 2, level 3' },
  { row: 3, title: 'Self-study, “LC-MS”', startDate: '2025-04-01', hours: 2, category: 'self-directed', description: '' },
];
const summary = (plan: Awaited<ReturnType<typeof importAll>>['plan']) =>
  plan.cpd.map(({ row, record }) => ({ row, title: record.title, startDate: record.startDate, hours: record.hours, category: record.category, description: record.description }));

describe('readSpreadsheet: every CSV dialect a CPD log arrives in', () => {
  it.each([
    ['comma, UTF-8', () => utf8(csv(','))],
    ['comma, UTF-8 with BOM', () => withBytes(BOM, utf8(csv(',')))],
    ['semicolon with decimal comma', () => utf8(csv(';', ','))],
    ['tab', () => utf8(csv('\t'))],
    ['UTF-16LE with BOM, tab (Excel’s “Unicode text”)', () => utf16le(csv('\t'))],
    ['UTF-16BE with BOM', () => utf16be(csv(','))],
  ])('imports %s', async (_name, make) => {
    const { format, plan } = await importAll('log.csv', make());
    expect(format).toBe('csv');
    expect(plan.rejected).toEqual([]);
    expect(summary(plan)).toEqual(expected);
  });

  it('imports Windows-1252 bytes (£, é and ’ from an old Excel export)', async () => {
    const text = 'Date,Activity,Hours\r\n25/03/2025,Café’s £5 workshop,1\r\n';
    const bytes = cp1252(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { plan } = await importAll('old.csv', bytes);
    expect(plan.cpd[0]?.record.title).toBe('Café’s £5 workshop');
  });

  it('decodes each Windows-1252 byte in 0x80–0x9F as Windows, not Latin-1, does', () => {
    expect(decodeText(new Uint8Array([0x80, 0x93, 0x94, 0x96, 0xa3, 0xff])).text).toBe('€“”–£ÿ');
  });

  it('imports an .xlsx with a date cell stored as a serial number, a text date, and numeric and text hours', async () => {
    const bytes = await makeXlsx([
      ['Date', 'Activity', 'Hours', 'Type', 'Reflection'],
      [{ serialDate: 45741 }, 'Café seminar on £ budgets', 1.5, 'Work-based learning', 'Useful'],
      ['01/04/2025', 'Fire warden refresher', '1h30', 'Formal', null],
      [45748, 'Serial number typed as a plain number', '45 min', null, null],
    ]);
    const { format, plan } = await importAll('log.xlsx', bytes);
    expect(format).toBe('xlsx');
    expect(plan.rejected).toEqual([]);
    expect(plan.cpd.map(({ row, record }) => [row, record.startDate, record.hours, record.category ?? null])).toEqual([
      [2, '2025-03-25', 1.5, 'work-based'],
      [3, '2025-04-01', 1.5, 'formal'],
      [4, '2025-04-01', 0.75, null],
    ]);
  });

  it('recognises an .xlsx by its content even when it is named .csv', async () => {
    const bytes = await makeXlsx([['Date', 'Activity', 'Hours'], ['25/03/2025', 'x', 1]]);
    expect((await readSpreadsheet('renamed.csv', bytes)).ok).toBe(true);
  });

  it('keeps blank lines so row numbers match the spreadsheet', async () => {
    const { plan } = await importAll('gaps.csv', utf8('Date,Activity,Hours\r\n\r\n25/03/2025,x,1\r\n,,\r\nbad,y,1\r\n'));
    expect(plan.cpd.map((v) => v.row)).toEqual([3]);
    expect(plan.rejected.map((r) => r.row)).toEqual([5]);
  });

  it.each([
    ['an empty file', new Uint8Array(), /is empty/],
    ['an old .xls file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Excel \.xls file/],
    ['a damaged zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /cannot be imported|not a spreadsheet/],
    ['binary bytes', new Uint8Array([0x00, 0x01, 0x02, 0x00]), /not a CSV/],
    ['an unclosed quote', utf8('Date,Activity,Hours\n25/03/2025,"never closed,1\n'), /never closed/],
  ])('refuses %s with a message', async (_name, bytes, message) => {
    const read = await readSpreadsheet('file.csv', bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('refuses an .xlsx that unpacks to more than the size limits allow', async () => {
    const big = await makeXlsx([['Date', 'Activity', 'Hours'], ...Array.from({ length: 3000 }, () => ['25/03/2025', 'x'.repeat(100_000 / 50), '1'])]);
    // The same workbook passes under generous limits, so the refusal is about size alone.
    const { checkZipSizes } = await import('../../../../electron/transfer/zip-guard');
    expect(await checkZipSizes(big, { maxEntries: 100, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 })).toMatch(/unpacks|damaged/);
    expect(await checkZipSizes(big, { maxEntries: 100, maxEntryBytes: 100 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024 })).toBeNull();
  });
});
