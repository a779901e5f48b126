/**
 * CSV for Excel: UTF-8 with a byte order mark (without it Excel misreads £ and é), CRLF line ends,
 * every field quoted, and formulas neutralised.
 */
const BOM = '\uFEFF';

/**
 * A cell Excel would run as a formula (=, +, -, @, and tab or carriage return before them) gets a
 * leading apostrophe, so a title such as "=HYPERLINK(...)" is shown as text, never executed.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const quote = (value: string) => `"${neutraliseFormula(value).replace(/"/g, '""')}"`;

export function toExcelCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
