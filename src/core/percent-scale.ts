/**
 * Percent KPIs as Sheets keeps percents: a percent is a fraction shown with a percent format, so a
 * target of 95% is the number 0.95 and a manager who types `93%` in a cell enters 0.93.
 *
 * Decisions:
 * - A percent KPI's threshold, target and stretch are fractions wherever the add-on stores them:
 *   templates, the KPI Register, scorecards and role files. People still read and type percents
 *   (the wizard shows 95%, the scorecard formats the cells), only the stored number is a fraction.
 * - Earlier versions stored whole percents (95 for 95%). Such a scale is recognised by its size: a
 *   number beyond {@link WHOLE_PERCENT_LIMIT} (1,000%) is never a real percent target, and almost
 *   every whole-percent scale has one. Scores are scale-free (actual and target agree on either
 *   scale), so old scorecards keep scoring; nothing is converted silently — the wizard offers the
 *   conversion, and files say their version.
 * - Conversions round to 12 significant digits, so 7% is 0.07 and back 7, not 7.000000000000001.
 */
import type { KpiDefinition } from './types';

/** The parts of a KPI its percent scale depends on. */
export type PercentScale = Pick<KpiDefinition, 'unit' | 'threshold' | 'target' | 'stretch'>;

/**
 * Above this (as a fraction: 1,000%) a percent KPI's number is a whole percent from an earlier
 * version, not a fraction.
 */
export const WHOLE_PERCENT_LIMIT = 10;

const SIGNIFICANT_DIGITS = 12;

/**
 * Whether a KPI is measured in percent.
 *
 * @example isPercentUnit(' Percent ') // → true
 */
export function isPercentUnit(unit: unknown): boolean {
  return typeof unit === 'string' && /^\s*(%|percent|percentage)\s*$/i.test(unit);
}

/**
 * The fraction Sheets stores for a percent.
 *
 * @example fractionFromPercent(95) // → 0.95
 */
export function fractionFromPercent(percent: number): number {
  return Number((percent / 100).toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * The percent a stored fraction shows as.
 *
 * @example percentFromFraction(0.07) // → 7
 */
export function percentFromFraction(fraction: number): number {
  return Number((fraction * 100).toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * A KPI's number as a person reads it: a percent KPI's fraction as a percent, anything else as the
 * plain number.
 *
 * @example formatMeasure(0.95, '%') // → '95%'
 */
export function formatMeasure(value: number, unit: unknown): string {
  return isPercentUnit(unit) ? `${percentFromFraction(value)}%` : String(value);
}

/**
 * The first of a percent KPI's numbers that can only be a whole percent (95 for 95%), or `null`
 * when its scale reads as fractions (or it is not a percent KPI).
 *
 * @example wholePercentBound({ unit: '%', threshold: 70, target: 95, stretch: 100 }) // → { field: 'threshold', value: 70 }
 */
export function wholePercentBound(
  kpi: PercentScale,
): { field: 'threshold' | 'target' | 'stretch'; value: number } | null {
  if (!isPercentUnit(kpi.unit)) return null;
  for (const field of ['threshold', 'target', 'stretch'] as const) {
    const value = kpi[field];
    if (typeof value === 'number' && Math.abs(value) > WHOLE_PERCENT_LIMIT) return { field, value };
  }
  return null;
}

/**
 * Whether any KPI of a role holds whole percents, as roles saved by an earlier version do.
 *
 * @example usesWholePercents([{ unit: '%', threshold: 0.7, target: 0.95, stretch: 1 }]) // → false
 */
export function usesWholePercents(kpis: readonly PercentScale[]): boolean {
  return kpis.some((kpi) => wholePercentBound(kpi) !== null);
}

/**
 * The KPI with its whole percents turned into fractions (95 → 0.95) when it is a percent KPI;
 * any other KPI is returned as it is.
 *
 * @example wholePercentsToFractions({ ...kpi, unit: '%', target: 95 }).target // → 0.95
 */
export function wholePercentsToFractions<Kpi extends PercentScale>(kpi: Kpi): Kpi {
  if (!isPercentUnit(kpi.unit)) return kpi;
  const convert = (value: number | null): number | null =>
    typeof value === 'number' ? fractionFromPercent(value) : value;
  return {
    ...kpi,
    threshold: convert(kpi.threshold),
    target: fractionFromPercent(kpi.target),
    stretch: convert(kpi.stretch),
  };
}

/**
 * A role's KPIs with whole percents turned into fractions when the role holds any (a role saved
 * by an earlier version holds them in every percent KPI), and the names of the KPIs converted.
 * A role already in fractions comes back unchanged, with no names.
 *
 * @example convertWholePercentRole(loaded.kpis).converted // → ['Quota attainment', 'Win rate'] for an earlier version's role
 */
export function convertWholePercentRole<Kpi extends PercentScale & { name: string }>(
  kpis: readonly Kpi[],
): { kpis: Kpi[]; converted: string[] } {
  if (!usesWholePercents(kpis)) return { kpis: [...kpis], converted: [] };
  return {
    kpis: kpis.map(wholePercentsToFractions),
    converted: kpis.filter((kpi) => isPercentUnit(kpi.unit)).map((kpi) => kpi.name),
  };
}
