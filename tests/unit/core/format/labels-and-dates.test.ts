import { describe, expect, it } from 'vitest';
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
