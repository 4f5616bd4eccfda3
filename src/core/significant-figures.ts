/**
 * Rounding to significant figures, decimal-correct: 0.1235 rounds to 0.124 as a person expects,
 * although the double nearest 0.1235 is a hair below it.
 *
 * Decisions:
 * - The digits are shifted through the number's shortest decimal text (`1.235e-1` → `123.5`)
 *   rather than multiplied by a power of ten, which would carry binary error into the rounding.
 * - Halves round away from zero, as Sheets' `ROUND` does.
 */

/**
 * `value` rounded to `figures` significant figures (default 3).
 *
 * @example
 * roundToSignificantFigures(123456) // 123000
 */
export function roundToSignificantFigures(value: number, figures = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const exponent = Number(magnitude.toExponential().split('e')[1]);
  const places = figures - 1 - exponent;
  const rounded = Math.round(shiftDecimal(magnitude, places));
  return Math.sign(value) * shiftDecimal(rounded, -places);
}

/** `value × 10^places`, computed on the decimal text so no binary error creeps in. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
