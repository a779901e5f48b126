// The universal build unzips from one buffer; the streaming node build can wait for ever on a damaged zip.
import { readSheet } from 'read-excel-file/universal';
import { MAX_IMPORT_FILE_BYTES } from '../../core/api/methods/transfer';
import type { Cell, ImportTable } from '../../core/import/cells';
import { parseCsvTable } from './csv-table';
import { decodeText } from './decode-text';
import { checkZipSizes } from './zip-guard';

const XLSX_LIMITS = { maxEntries: 2_000, maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 400 * 1024 * 1024 };

export type ReadOutcome = { ok: true; table: ImportTable; format: 'csv' | 'xlsx' } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<ReadOutcome> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problem = await checkZipSizes(buffer, XLSX_LIMITS);
  if (problem) return { ok: false, message: `"${fileName}" cannot be imported: ${problem}. Save it again from your spreadsheet program as .xlsx or CSV.` };
  let rows: Cell[][];
  try {
    rows = (await readSheet(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer)) as Cell[][];
  } catch {
    return { ok: false, message: `"${fileName}" is not a spreadsheet we can read. Save it again from your spreadsheet program as .xlsx or CSV.` };
  }
  const [headerRow = [], ...rest] = rows;
  return { ok: true, format: 'xlsx', table: { headers: headerRow.map((cell) => (cell === null ? '' : String(cell).trim())), rows: rest } };
}

/**
 * A CPD log file as the user has it: .xlsx (recognised by its zip signature, whatever its name) or
 * CSV/TSV text in any of the encodings spreadsheets save.
 */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadOutcome> {
  if (bytes.length === 0) return { ok: false, message: `"${fileName}" is empty.` };
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    return { ok: false, message: `"${fileName}" is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, too large for a CPD log. Split it into smaller files.` };
  }
  if (startsWith(bytes, OLE2)) {
    return { ok: false, message: `"${fileName}" is an old Excel .xls file. Save it as .xlsx or CSV in your spreadsheet program, then import that.` };
  }
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, fileName);
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) return { ok: false, message: `"${fileName}" is not a CSV or .xlsx spreadsheet.` };
  const parsed = parseCsvTable(text);
  return parsed.ok ? { ok: true, format: 'csv', table: parsed.table } : { ok: false, message: `"${fileName}": ${parsed.message}` };
}
