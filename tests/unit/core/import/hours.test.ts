import { describe, expect, it } from 'vitest';
import { parseImportHours } from '../../../../core/import/hours';

describe('parseImportHours', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['2', 2],
    ['1:30', 1.5],
    ['0:45', 0.75],
    ['1:30:00', 1.5],
    ['90 min', 1.5],
    ['90 mins', 1.5],
    ['45 minutes', 0.75],
    ['1h30', 1.5],
    ['1h 30m', 1.5],
    ['1h30m', 1.5],
    ['2 hrs', 2],
    ['2hrs', 2],
    ['3 hours', 3],
    ['1 hour 30 minutes', 1.5],
    ['1 hr and 15 mins', 1.25],
    ['1.5 h', 1.5],
    ['1 hour 20 minutes', 1.33],
    ['  2 HOURS ', 2],
  ])('reads %j as %d hours', (text, hours) => {
    expect(parseImportHours(text)).toEqual({ ok: true, value: hours });
  });

  it('takes numeric cells as hours', () => {
    expect(parseImportHours(1.5)).toEqual({ ok: true, value: 1.5 });
  });

  it('reads a time-formatted XLSX cell (a moment on Excel’s day zero) as a duration', () => {
    expect(parseImportHours(new Date(Date.UTC(1899, 11, 31, 1, 30)))).toEqual({ ok: true, value: 1.5 });
  });

  it.each([
    ['', /empty/],
    ['0', /more than zero/],
    ['0:00', /more than zero/],
    ['-1', /not a time we can read/],
    ['about two', /not a time we can read/],
    ['1001', /more than 1000/],
    ['1:75', /not a time we can read/],
  ])('refuses %j with a reason', (text, reason) => {
    const result = parseImportHours(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses a date in the hours column', () => {
    expect(parseImportHours(new Date(Date.UTC(2025, 2, 25))).ok).toBe(false);
  });
});
