import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../../scripts/bench/stats';

describe('percentile', () => {
  it('interpolates between the two nearest ranks', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBeCloseTo(99.01, 10);
    expect(percentile(samples, 95)).toBeCloseTo(95.05, 10);
    expect(percentile([10, 20], 25)).toBe(12.5);
  });

  it('gives the smallest and largest sample at 0 and 100, whatever the order', () => {
    expect(percentile([5, 1, 9, 3], 0)).toBe(1);
    expect(percentile([5, 1, 9, 3], 100)).toBe(9);
  });

  it('does not reorder the caller\'s samples', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples and a percentile outside 0 to 100', () => {
    expect(() => percentile([], 50)).toThrow(/at least one sample/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
    expect(() => percentile([1], Number.NaN)).toThrow(/between 0 and 100/);
  });
});

describe('median', () => {
  it('is the middle sample of an odd count and the mean of the middle two of an even count', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([42])).toBe(42);
  });
});
