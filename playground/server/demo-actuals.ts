/**
 * The demo company's actuals: the value a manager would type for a KPI so that it scores what
 * the demo's story says (a closed quarter spread across the rating bands), and the value to date
 * that puts a KPI of an open period ahead, on track, behind or at risk on pace.
 *
 * Decisions:
 * - The add-on's own scale (`resolveScoreScale`) is inverted, so the demo's numbers follow the
 *   scoring code wherever it goes; nothing here re-implements the defaults.
 * - Values are rounded as a person types them — to a power of ten no coarser than a twentieth of
 *   the KPI's threshold→target span, whole numbers for counts — except an actual exactly on
 *   target, which is the target itself.
 * - An actual never goes past the KPI's stretch: beyond it the score is capped anyway, and a
 *   100% KPI cannot be 108%.
 */
import { dayNumber, type CalendarDate } from '../../src/core/calendar-date';
import { resolveScoreScale, type ScoreScale } from '../../src/core/score-scale';
import type { ActualsRow } from '../../src/core/sidebar-api';

/** What the demo needs of a KPI: the snapshot Enter actuals shows for it. */
export type DemoKpi = Pick<
  ActualsRow,
  'unit' | 'direction' | 'threshold' | 'target' | 'stretch' | 'aggregation'
>;

/** Where a KPI stands on pace in the demo's open period. */
export type PaceStory = 'ahead' | 'on track' | 'behind' | 'at risk';

/** Value to date ÷ the value expected by now, per story (KPIPACE: ≥ 1 on track, ≥ 0.8 behind). */
const ATTAINMENT: Readonly<Record<PaceStory, number>> = {
  ahead: 1.2,
  'on track': 1.05,
  behind: 0.9,
  'at risk': 0.6,
};

/** A range KPI's score per story: inside the band is on track, half way out is behind. */
const RANGE_SCORE: Readonly<Record<PaceStory, number>> = {
  ahead: 1,
  'on track': 1,
  behind: 0.75,
  'at risk': 0.3,
};

/**
 * The actual that scores `score` on the KPI's scale (1 = exactly the target), rounded as typed.
 *
 * @example actualForScore({ unit: '%', direction: 'higher', threshold: 0.7, target: 1, stretch: 1.3, aggregation: 'Sum' }, 1.25) // → 1.15
 */
export function actualForScore(kpi: DemoKpi, score: number): number {
  if (score === 1) return kpi.target;
  const scale = scaleOf(kpi);
  return rounded(kpi, scale, valueForScore(scale, score));
}

/**
 * The value to date that puts the KPI where the story says on pace, `elapsed` (0–1) of the way
 * through its period: a `Sum` KPI is expected to have reached that share of its target.
 *
 * @example actualToDate({ unit: 'hours', direction: 'higher', threshold: 4, target: 8, stretch: 12, aggregation: 'Sum' }, 'behind', 0.5) // → 3.6
 */
export function actualToDate(kpi: DemoKpi, story: PaceStory, elapsed: number): number {
  const scale = scaleOf(kpi);
  if (kpi.direction === 'range')
    return rounded(kpi, scale, valueForScore(scale, RANGE_SCORE[story]));
  const expected = kpi.aggregation === 'Sum' ? kpi.target * elapsed : kpi.target;
  const attainment = ATTAINMENT[story];
  const value = kpi.direction === 'lower' ? expected / attainment : expected * attainment;
  const limit = kpi.stretch;
  const kept =
    limit === null
      ? value
      : kpi.direction === 'lower'
        ? Math.max(value, limit)
        : Math.min(value, limit);
  return rounded(kpi, scale, kept);
}

/**
 * How far through its period a day is, as KPIPACE counts it: whole days, both ends included.
 *
 * @example elapsedShare({ year: 2027, month: 1, day: 1 }, { year: 2027, month: 3, day: 31 }, { year: 2027, month: 2, day: 14 }) // → 0.5
 */
export function elapsedShare(starts: CalendarDate, ends: CalendarDate, asOf: CalendarDate): number {
  const days = dayNumber(ends) - dayNumber(starts) + 1;
  const gone = dayNumber(asOf) - dayNumber(starts) + 1;
  return Math.min(1, Math.max(0, gone / days));
}

function scaleOf(kpi: DemoKpi): ScoreScale {
  return resolveScoreScale(kpi.target, {
    direction: kpi.direction,
    threshold: kpi.threshold,
    stretch: kpi.stretch,
  });
}

/** The value that scores `score` (clamped to the scale's 0…cap). */
function valueForScore(scale: ScoreScale, score: number): number {
  if (scale.direction === 'range') {
    if (score >= 1) return (scale.bandLow + scale.bandHigh) / 2;
    const outside = (1 - Math.max(0, score)) * scale.fallOff;
    return scale.threshold < scale.bandLow ? scale.bandLow - outside : scale.bandHigh + outside;
  }
  const wanted = Math.min(Math.max(score, 0), scale.cap);
  const signed =
    wanted <= 1 || scale.stretch === null
      ? scale.signedThreshold + wanted * scale.span
      : scale.signedTarget + (wanted - 1) / scale.stretchSlope;
  return scale.sign * signed;
}

/**
 * Rounds to a power of ten no coarser than a twentieth of the KPI's span (whole numbers for
 * counts) on either side of the target, so the score moves by at most 0.025; never below zero for a KPI measured from zero.
 */
function rounded(kpi: DemoKpi, scale: ScoreScale, value: number): number {
  const span =
    scale.direction === 'range'
      ? scale.fallOff
      : Math.min(
          scale.span,
          scale.stretch === null ? Infinity : Math.abs(scale.stretch - scale.target),
        );
  const exponent = Math.floor(Math.log10(span / 20));
  const decimals = kpi.unit === 'count' ? 0 : Math.max(0, -exponent);
  const step = kpi.unit === 'count' ? Math.max(1, 10 ** exponent) : 10 ** exponent;
  const typed = Number((Math.round(value / step) * step).toFixed(decimals));
  const measuredFromZero = [kpi.threshold, kpi.target, kpi.stretch].every(
    (bound) => bound === null || bound >= 0,
  );
  return measuredFromZero ? Math.max(0, typed) : typed;
}
