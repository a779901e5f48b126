import { describe, expect, it } from 'vitest';
import { hoursUnderstood, parseTypedHours } from '../../../../core/format/typed-hours';
import { parseImportHours } from '../../../../core/import/hours';
import { categoryLabel, NO_CATEGORY_LABEL } from '../../../../core/format/labels';
import { formatUkDateFull, formatUkDateRange } from '../../../../core/format/uk-date';

describe('category labels', () => {
  it('names a known category by its scheme’s label, an unknown id in words, and none as “No category”', () => {
    expect(categoryLabel('work-based')).toBe('Work-based learning');
    expect(categoryLabel('lab_safety-course')).toBe('Lab safety course');
    expect(categoryLabel(undefined)).toBe(NO_CATEGORY_LABEL);
  });
});

describe('UK dates', () => {
  it('spells a date out with its weekday, so 1/12/2025 can be checked as 1 December', () => {
    expect(formatUkDateFull('2025-12-01')).toBe('Monday 1 December 2025');
  });

  it('gives one day as a date and a span as a range, in one style', () => {
    expect(formatUkDateRange('2025-03-25')).toBe('25/03/2025');
    expect(formatUkDateRange('2025-03-25', '2025-03-25')).toBe('25/03/2025');
    expect(formatUkDateRange('2025-03-25', '2025-03-27')).toBe('25/03/2025 – 27/03/2025');
  });
});

describe('typed hours, one parser for the forms and the importer', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['1:30', 1.5],
    ['90m', 1.5],
    ['1h 30m', 1.5],
    ['1 hr 30 mins', 1.5],
  ])('reads %s as %d hours and says so', (typed, hours) => {
    expect(parseTypedHours(typed)).toEqual({ ok: true, value: hours });
    expect(hoursUnderstood(hours)).toBe('= 1.5 hours');
    expect(parseImportHours(typed)).toEqual({ ok: true, value: hours });
  });

  it('refuses anything else, saying what to write', () => {
    const result = parseTypedHours('about two');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('write hours such as 1.5, 1:30 or 90 min') });
  });
});
