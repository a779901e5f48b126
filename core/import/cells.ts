/** One cell as a spreadsheet reader hands it over: CSV gives text, XLSX also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/** A sheet after reading and decoding: the first row's names and the rows below it. */
export interface ImportTable {
  headers: string[];
  rows: Cell[][];
}

/** A cell as the user would read it, for previews and for fields that hold text. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cellText(cell) === '';
}
