import { format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUkDate } from '../../../../core/format/uk-date';

const throughDateFns = (iso: string): string => {
  try {
    return format(parseISO(iso), 'dd/MM/yyyy');
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
};
const ours = (iso: string): string => {
  try {
    return formatUkDate(iso);
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
};

describe('formatUkDate', () => {
  it('gives what date-fns gives for any day written yyyy-mm-dd, real or not', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(ours(iso)).toBe(throughDateFns(iso));
      }),
      { numRuns: 2000 },
    );
    for (const iso of ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2025-12-31', '2025-03-25T10:00:00', '25/03/2025', '']) expect(ours(iso)).toBe(throughDateFns(iso));
  });
});
