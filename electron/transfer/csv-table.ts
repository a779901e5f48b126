import Papa from 'papaparse';
import type { ImportTable } from '../../core/import/cells';

const DELIMITERS = [',', ';', '\t'] as const;
/** Enough rows to see the file's shape; a quoted ";" on a few of them cannot outvote the rest. */
const SAMPLE_ROWS = 50;

/** Lexicographic order: the first place the scores differ decides. */
function beats(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i >= 0 && a[i]! > b[i]!;
}

/**
 * The delimiter that gives the header more than one column and the most rows with the header's
 * column count. The sample is parsed with each candidate, so delimiters inside quoted cells are
 * never counted; ties go to the earlier candidate (comma, then semicolon, then tab).
 */
export function detectDelimiter(text: string): string {
  let best: { delimiter: string; score: [number, number, number] } | undefined;
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS + 1, skipEmptyLines: true });
    const width = data[0]?.length ?? 0;
    const consistent = data.slice(1).filter((row) => row.length === width).length;
    const score: [number, number, number] = [width > 1 ? 1 : 0, consistent, width];
    if (!best || beats(score, best.score)) best = { delimiter, score };
  }
  return best?.delimiter ?? ',';
}

/**
 * CSV text → a table, with comma, semicolon (Excel's choice where the decimal point is a comma) or
 * tab as the delimiter; blank lines are kept so row numbers match the spreadsheet.
 */
export function parseCsvTable(text: string): { ok: true; table: ImportTable } | { ok: false; message: string } {
  const result = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const fatal = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (fatal) {
    return { ok: false, message: `Row ${(fatal.row ?? 0) + 1} has a quotation mark that is never closed. Check that row in your spreadsheet, then try again.` };
  }
  const [headers = [], ...rows] = result.data;
  // A trailing newline yields one last empty row; it is not part of the sheet.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return { ok: true, table: { headers: headers.map((h) => h.trim()), rows } };
}
