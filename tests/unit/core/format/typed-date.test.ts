import { describe, expect, it } from 'vitest';
import { isoDateFromParts, parseTypedDate } from '../../../../core/format/typed-date';

describe('parseTypedDate', () => {
  it.each([
    ['1/12/2025', '2025-12-01'],
    ['01/12/2025', '2025-12-01'],
    ['1-12-2025', '2025-12-01'],
    ['1.12.2025', '2025-12-01'],
    ['2025-12-01', '2025-12-01'],
    ['1 Dec 2025', '2025-12-01'],
    ['1 dec. 2025', '2025-12-01'],
    ['1st December 2025', '2025-12-01'],
    ['Monday 1 December 2025', '2025-12-01'],
    ['Mon, 1 Dec 2025', '2025-12-01'],
    ['  1/12/2025 ', '2025-12-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j day first, as %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toEqual({ ok: true, value: iso });
  });

  it('refuses a two-digit year in a form, showing the full year to write', () => {
    expect(parseTypedDate('1/12/25')).toEqual({ ok: false, reason: '"1/12/25" has a two-digit year; write the year in full, such as 1/12/2025.' });
    expect(parseTypedDate('1 Dec 25')).toEqual({ ok: false, reason: '"1 Dec 25" has a two-digit year; write the year in full, such as 1 Dec 2025.' });
  });

  it('reads two-digit years as Excel does when asked to (00–29 the 2000s, 30–99 the 1900s)', () => {
    expect(parseTypedDate('1/12/25', { twoDigitYears: 'spreadsheet' })).toEqual({ ok: true, value: '2025-12-01' });
    expect(parseTypedDate('1/12/29', { twoDigitYears: 'spreadsheet' })).toEqual({ ok: true, value: '2029-12-01' });
    expect(parseTypedDate('1/12/30', { twoDigitYears: 'spreadsheet' })).toEqual({ ok: true, value: '1930-12-01' });
  });

  it.each([
    ['31/02/2025', '"31/02/2025" is not a real day: February 2025 has 28 days; write a day from 1 to 28.'],
    ['29/02/2025', '"29/02/2025" is not a real day: February 2025 has 28 days; write a day from 1 to 28.'],
    ['31/4/2025', '"31/4/2025" is not a real day: April 2025 has 30 days; write a day from 1 to 30.'],
    ['0/12/2025', '"0/12/2025" is not a real day: December 2025 has 31 days; write a day from 1 to 31.'],
    ['2025-13-01', '"2025-13-01" has no month 13; write the date as day/month/year, such as 25/03/2025.'],
    ['1/13/2025', '"1/13/2025" has no month 13; write the date as day/month/year, such as 13/1/2025.'],
    ['12/25/2025', '"12/25/2025" has no month 25; write the date as day/month/year, such as 25/12/2025.'],
    ['1/12/2525', '"1/12/2525" has a year outside 1900–2100; write the year in full, such as 25/03/2025.'],
    ['1 Decembre 2025', '"1 Decembre 2025" names no month we know; write the month as a number or a name, such as 25 Mar 2025.'],
    ['Tuesday 1 December 2025', '"Tuesday 1 December 2025": 1 December 2025 is a Monday; check the day and the date.'],
    ['next Tuesday', '"next Tuesday" is not a date we can read; write day/month/year, such as 25/03/2025.'],
    ['', 'The date is empty.'],
  ])('refuses %j, saying what to write', (typed, reason) => {
    expect(parseTypedDate(typed)).toEqual({ ok: false, reason });
  });

  it('never swaps a month-first date into one that parses', () => {
    // 12/11/2025 is 12 November in UK order, whatever a US reader meant.
    expect(parseTypedDate('12/11/2025')).toEqual({ ok: true, value: '2025-11-12' });
    expect(parseTypedDate('11/25/2025').ok).toBe(false);
  });
});

describe('isoDateFromParts', () => {
  it('pads a real day to YYYY-MM-DD and refuses one the calendar lacks', () => {
    expect(isoDateFromParts(2025, 3, 5, 'x')).toEqual({ ok: true, value: '2025-03-05' });
    expect(isoDateFromParts(2024, 2, 30, '30 Feb 2024').ok).toBe(false);
  });
});
