import Papa from 'papaparse';
import type { ImportTable } from '../../core/import/cells';

/**
 * CSV text → a table. The delimiter is guessed among comma, semicolon (Excel's choice where the
 * decimal point is a comma) and tab; blank lines are kept so row numbers match the spreadsheet.
 */
export function parseCsvTable(text: string): { ok: true; table: ImportTable } | { ok: false; message: string } {
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const fatal = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (fatal) {
    return { ok: false, message: `Row ${(fatal.row ?? 0) + 1} has a quotation mark that is never closed. Check that row in your spreadsheet, then try again.` };
  }
  const [headers = [], ...rows] = result.data;
  // A trailing newline yields one last empty row; it is not part of the sheet.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return { ok: true, table: { headers: headers.map((h) => h.trim()), rows } };
}
