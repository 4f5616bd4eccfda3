/**
 * KPI weights: exact totals and a normaliser that makes any set of weights sum to exactly 100.
 *
 * Weights are percentages with at most two decimals (the precision the weight meter and the
 * register show). Sums are computed in integer hundredths so that 33.33 + 33.33 + 33.34 is exactly
 * 100 and never 99.99999999999999.
 */

/** The total every role's weights must reach. */
export const WEIGHT_TOTAL = 100;

const HUNDREDTHS_PER_PERCENT = 100;

/**
 * A weight in integer hundredths of a percent, or `null` when it is not a finite number.
 *
 * @example weightInHundredths(33.33) // 3333
 */
export function weightInHundredths(weight: number): number | null {
  if (typeof weight !== 'number' || !Number.isFinite(weight)) return null;
  return Math.round(weight * HUNDREDTHS_PER_PERCENT);
}

/**
 * The exact sum of the weights, to two decimals. Non-numeric weights count as 0 (the SMART check
 * reports them separately).
 *
 * @example weightTotal([33.33, 33.33, 33.34]) // 100
 */
export function weightTotal(weights: readonly number[]): number {
  let hundredths = 0;
  for (const weight of weights) hundredths += weightInHundredths(weight) ?? 0;
  return hundredths / HUNDREDTHS_PER_PERCENT;
}

/**
 * Whether the weights add up to exactly 100 (compared in hundredths, so no float drift).
 *
 * @example weightsReachTotal([50, 25, 25]) // true
 */
export function weightsReachTotal(weights: readonly number[]): boolean {
  return weightTotal(weights) === WEIGHT_TOTAL;
}

/**
 * Rescales weights so they sum to exactly 100, keeping their proportions as closely as two
 * decimals allow.
 *
 * Whole numbers are used whenever rounding to them keeps equal weights equal and no weight drops
 * to 0 (so `[1, 2, 2]`
 * becomes `[20, 40, 40]` and `[2, 1]` becomes `[67, 33]`); otherwise the result has up to two
 * decimals (`[1, 1, 1]` becomes `[33.34, 33.33, 33.33]`). Leftover units go to the weights with
 * the largest rounding remainders, earlier KPIs first on ties, so a larger weight never ends up
 * smaller than a smaller one. Negative or non-numeric weights count as 0; if every weight is 0 the
 * total is split evenly. Weights that already sum to 100 with two decimals are returned unchanged.
 *
 * @example normaliseWeights([10, 10, 20]) // [25, 25, 50]
 */
export function normaliseWeights(weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  if (isAlreadyNormal(weights)) return [...weights];
  const units = weights.map(weightInUnits);
  const anyPositive = units.some((unit) => unit > 0n);
  const shares = anyPositive ? units : units.map(() => 1n);

  const whole = apportion(shares, BigInt(WEIGHT_TOTAL));
  if (keepsEqualSharesEqual(shares, whole) && keepsPositiveSharesPositive(shares, whole)) {
    return whole.map(Number);
  }

  const hundredths = apportion(shares, BigInt(WEIGHT_TOTAL * HUNDREDTHS_PER_PERCENT));
  return hundredths.map((value) => Number(value) / HUNDREDTHS_PER_PERCENT);
}

/** Millionths of a percent: far finer than any weight a person types, and exact as an integer. */
const UNITS_PER_PERCENT = 1_000_000;

function weightInUnits(weight: number): bigint {
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) return 0n;
  return BigInt(Math.round(weight * UNITS_PER_PERCENT));
}

/**
 * Largest-remainder apportionment of `seats` among `shares` in exact integer arithmetic.
 * Ties on the remainder go to the earlier index so the result is deterministic.
 */
function apportion(shares: readonly bigint[], seats: bigint): bigint[] {
  const total = shares.reduce((sum, share) => sum + share, 0n);
  const floors = shares.map((share) => (share * seats) / total);
  const remainders = shares.map((share) => (share * seats) % total);
  let left = seats - floors.reduce((sum, value) => sum + value, 0n);
  const byRemainder = shares
    .map((_, index) => index)
    .sort((a, b) => {
      const difference = (remainders[b] ?? 0n) - (remainders[a] ?? 0n);
      return difference > 0n ? 1 : difference < 0n ? -1 : a - b;
    });
  const result = [...floors];
  for (const index of byRemainder) {
    if (left === 0n) break;
    result[index] = (result[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return result;
}

function keepsEqualSharesEqual(shares: readonly bigint[], result: readonly bigint[]): boolean {
  const seen = new Map<bigint, bigint>();
  for (const [index, share] of shares.entries()) {
    const value = result[index] ?? 0n;
    const earlier = seen.get(share);
    if (earlier !== undefined && earlier !== value) return false;
    seen.set(share, value);
  }
  return true;
}

function isAlreadyNormal(weights: readonly number[]): boolean {
  let hundredths = 0;
  for (const weight of weights) {
    const inHundredths = weightInHundredths(weight);
    if (inHundredths === null || inHundredths < 0) return false;
    if (inHundredths / HUNDREDTHS_PER_PERCENT !== weight) return false;
    hundredths += inHundredths;
  }
  return hundredths === WEIGHT_TOTAL * HUNDREDTHS_PER_PERCENT;
}

function keepsPositiveSharesPositive(
  shares: readonly bigint[],
  result: readonly bigint[],
): boolean {
  return shares.every((share, index) => share === 0n || (result[index] ?? 0n) > 0n);
}

/**
 * A role's weight in percent as the fraction the register and scorecards store (25% is 0.25),
 * without float drift.
 *
 * @example weightAsFraction(33.33) // → 0.3333
 */
export function weightAsFraction(weightPercent: number): number {
  return Math.round(weightPercent * 100) / 10000;
}
