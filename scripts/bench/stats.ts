/**
 * Percentiles by linear interpolation between the two nearest ranks (the common "type 7"
 * definition, as in NumPy and spreadsheets): the median of an even count is the mean of the middle
 * two, and the 99th percentile of a few samples leans towards the largest rather than jumping to it.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile() needs at least one sample.');
  if (!(p >= 0 && p <= 100)) throw new Error(`A percentile is between 0 and 100, not ${p}.`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low]!;
  const b = sorted[high]!;
  return a + (b - a) * (rank - low);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);
