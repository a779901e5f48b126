import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toExcelCsv } from '../../../../core/transfer/csv-format';

describe('toExcelCsv', () => {
  it('starts with a UTF-8 byte order mark, quotes every field, and ends every line with CRLF', () => {
    expect(toExcelCsv(['A', 'B'], [['1', 'two']])).toBe('\uFEFF"A","B"\r\n"1","two"\r\n');
  });

  it('doubles quotation marks and keeps commas, semicolons and line breaks inside a field', () => {
    expect(toExcelCsv(['Notes'], [['He said "hi", then; left\nearly']])).toBe('\uFEFF"Notes"\r\n"He said ""hi"", then; left\nearly"\r\n');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(toExcelCsv(['Title'], [['Łukasz’s £5 café']])).toContain('"Łukasz’s £5 café"');
  });
});

describe('neutraliseFormula (CSV injection)', () => {
  it.each(['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])('prefixes %j with an apostrophe', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['Autoclave', '1.5', '', "'=already quoted", ' =leading space'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is applied to every field written', () => {
    expect(toExcelCsv(['=Header'], [['=cmd|" /C calc"!A0']])).toBe('\uFEFF"\'=Header"\r\n"\'=cmd|"" /C calc""!A0"\r\n');
  });
});
