/**
 * Percentiles and the median of a list of numbers, computed as Google Sheets' `PERCENTILE.INC`
 * and `MEDIAN` compute them, so a figure the add-on writes matches the formula a person checks
 * it with.
 */

/**
 * The `p`-th percentile (0 ≤ p ≤ 1) of `values` as Sheets' `PERCENTILE.INC`: sorted ascending,
 * the value at rank p × (n − 1), interpolated linearly between neighbours. Throws for an empty
 * list or a `p` outside [0, 1] (where Sheets shows `#NUM!`).
 *
 * @example
 * percentileInc([100, 110, 120, 130, 140], 0.6) // 124
 */
export function percentileInc(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentileInc needs at least one value.');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentileInc needs p from 0 to 1, not ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const lower = sorted[below] as number;
  const upper = sorted[below + 1];
  return upper === undefined || rank === below ? lower : lower + (rank - below) * (upper - lower);
}

/**
 * The median of `values` as Sheets' `MEDIAN`: the middle value, or the mean of the two middle
 * values of an even count. Throws for an empty list.
 *
 * @example
 * median([3, 1, 4, 2]) // 2.5
 */
export function median(values: readonly number[]): number {
  return percentileInc(values, 0.5);
}
