import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, parseImportDate } from '../../../../core/import/dates';

describe('parseImportDate', () => {
  it.each([
    ['25/03/2025', '2025-03-25'],
    ['25/3/25', '2025-03-25'],
    ['5/3/2025', '2025-03-05'],
    ['25-03-2025', '2025-03-25'],
    ['25.03.2025', '2025-03-25'],
    ['25 Mar 2025', '2025-03-25'],
    ['25 March 2025', '2025-03-25'],
    ['25-Mar-2025', '2025-03-25'],
    ['Tuesday 25th March 2025', '2025-03-25'],
    ['1 Sept 2024', '2024-09-01'],
    ['2025-03-25', '2025-03-25'],
    ['2025-03-25T00:00:00Z', '2025-03-25'],
    ['45741', '2025-03-25'],
    ['  25/03/2025  ', '2025-03-25'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/99', '1999-12-31'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseImportDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads an Excel serial number cell (45741 is 25 March 2025)', () => {
    expect(parseImportDate(45741)).toEqual({ ok: true, value: '2025-03-25' });
    expect(parseImportDate(45741.75)).toEqual({ ok: true, value: '2025-03-25' });
  });

  it('reads a date cell from an XLSX reader by its UTC calendar day', () => {
    expect(parseImportDate(new Date(Date.UTC(2025, 2, 25)))).toEqual({ ok: true, value: '2025-03-25' });
  });

  it('counts serials across Excel’s phantom 29 February 1900 the way Excel shows them', () => {
    expect(excelSerialToIsoDate(36526)).toEqual({ ok: true, value: '2000-01-01' });
    expect(excelSerialToIsoDate(43831)).toEqual({ ok: true, value: '2020-01-01' });
  });

  it.each([
    ['31/02/2025', /not a real day/],
    ['03/25/2025', /day\/month\/year/],
    ['25 Smarch 2025', /no month/],
    ['next Tuesday', /not a date we can read/],
    ['', /empty/],
    ['2025', /not a date/],
    ['25/03/2525', /year outside/],
  ])('refuses %j with a reason', (text, reason) => {
    const result = parseImportDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses small numbers, booleans and empty cells rather than guessing', () => {
    expect(parseImportDate(12).ok).toBe(false);
    expect(parseImportDate(true).ok).toBe(false);
    expect(parseImportDate(null).ok).toBe(false);
  });
});
