/**
 * Target health: whether a KPI's target challenges but is achievable, measured on what people
 * actually scored in a closed period — the dashboard's target-health table.
 *
 * For one KPI over one period's Scores rows: people scored, the share who met target (score ≥ 1;
 * for a range KPI, inside the band), the share below threshold (score 0), the median actual, a
 * verdict and a suggested target (the 60th-percentile actual, 40th when lower is better, as
 * Sheets' PERCENTILE.INC, to 3 significant figures).
 *
 * Decisions:
 * - A row counts as a person scored when its score is a number and its actual reads as a number;
 *   blank, `N/A` and `#KPI!` rows are people not scored.
 * - "Reached stretch" compares the actual with the stretch (at or beyond it in the KPI's
 *   direction), not the score with a cap: the Scores sheet keeps no cap, and the stretch is what
 *   HR set as the bar.
 * - Shares are fractions (0.85 for 85%), as Sheets stores percents.
 * - Fewer than 5 people scored is `Not enough data`: the shares, median and suggestion are left
 *   blank rather than judged on a handful of results.
 */
import { percentileInc, median } from './percentile';
import { isFiniteNumber, readNumber } from './sheet-input';
import { roundToSignificantFigures } from './significant-figures';
import type { Direction, TargetHealthVerdict } from './vocabulary';

/** The fewest people scored on a KPI in a period for its target to be judged. */
export const TARGET_HEALTH_MIN_PEOPLE = 5;

/** The target-health table's headers, in order. */
export const TARGET_HEALTH_HEADERS = [
  'KPI ID',
  'KPI',
  'Role',
  'People scored',
  'Met target',
  'Below threshold',
  'Median actual',
  'Verdict',
  'Suggested target',
] as const;

/** A KPI as the register and the period's Scores rows describe it. */
export interface TargetHealthKpi {
  kpiId: string;
  kpi: string;
  role: string;
  direction: Direction;
  /** `null` when blank (the direction's default applies). */
  threshold: number | null;
  target: number;
  /** `null` when the KPI has no stretch; for `range`, the band's other edge. */
  stretch: number | null;
}

/** One person's result on the KPI in the period: the Actual and Score cells of a Scores row. */
export interface ScoredResult {
  actual: unknown;
  score: unknown;
}

/** One row of the target-health table; `''` where `Not enough data` leaves a column blank. */
export interface TargetHealthRow {
  kpiId: string;
  kpi: string;
  role: string;
  peopleScored: number;
  /** Share of people scored whose score is at least 1 (a range KPI: inside the band). */
  metTarget: number | '';
  /** Share of people scored whose score is 0. */
  belowThreshold: number | '';
  medianActual: number | '';
  verdict: TargetHealthVerdict;
  /** 60th-percentile actual (40th when lower is better), 3 significant figures; never for range. */
  suggestedTarget: number | '';
}

/**
 * Judges a KPI's target on one period's results.
 *
 * @example
 * assessTargetHealth(
 *   { kpiId: 'KPI-0001', kpi: 'Revenue', role: 'AE', direction: 'higher', threshold: null, target: 100, stretch: 120 },
 *   [90, 95, 100, 105, 130].map((actual) => ({ actual, score: actual / 100 })),
 * ).verdict // 'Balanced'
 */
export function assessTargetHealth(
  kpi: TargetHealthKpi,
  results: readonly ScoredResult[],
): TargetHealthRow {
  const actuals: number[] = [];
  const scores: number[] = [];
  for (const result of results) {
    const actual = scoredActual(result);
    if (actual === null) continue;
    actuals.push(actual);
    scores.push(result.score as number);
  }
  const people = actuals.length;
  const identity = { kpiId: kpi.kpiId, kpi: kpi.kpi, role: kpi.role, peopleScored: people };
  if (people < TARGET_HEALTH_MIN_PEOPLE) {
    return {
      ...identity,
      metTarget: '',
      belowThreshold: '',
      medianActual: '',
      verdict: 'Not enough data',
      suggestedTarget: '',
    };
  }
  const metTarget = scores.filter((score) => score >= 1).length / people;
  const belowThreshold = scores.filter((score) => score <= 0).length / people;
  return {
    ...identity,
    metTarget,
    belowThreshold,
    medianActual: median(actuals),
    verdict: verdictOf(kpi, metTarget, actuals),
    suggestedTarget:
      kpi.direction === 'range'
        ? ''
        : roundToSignificantFigures(percentileInc(actuals, kpi.direction === 'lower' ? 0.4 : 0.6)),
  };
}

/** The actual of a person scored, or `null` for a row that is not a scored result. */
function scoredActual({ actual, score }: ScoredResult): number | null {
  if (typeof score !== 'number' || !isFiniteNumber(score)) return null;
  if (typeof actual === 'number') return isFiniteNumber(actual) ? actual : null;
  try {
    return readNumber(actual, 'Actual');
  } catch {
    return null;
  }
}

function verdictOf(
  kpi: TargetHealthKpi,
  metTarget: number,
  actuals: readonly number[],
): TargetHealthVerdict {
  if (metTarget < 0.2) return 'Too hard';
  if (kpi.direction === 'range') return 'Balanced';
  const { stretch } = kpi;
  if (stretch === null) return metTarget > 0.95 ? 'Too easy' : 'Balanced';
  const sign = kpi.direction === 'higher' ? 1 : -1;
  const reachedStretch = actuals.filter((actual) => sign * actual >= sign * stretch).length;
  return reachedStretch / actuals.length > 0.8 ? 'Too easy' : 'Balanced';
}

/**
 * A target-health row as cells in {@link TARGET_HEALTH_HEADERS} order, ready for `setValues`.
 *
 * @example
 * targetHealthCells(row) // ['KPI-0001', 'Revenue', 'AE', 12, 0.5, 0.08, 101, 'Balanced', 104]
 */
export function targetHealthCells(row: TargetHealthRow): Array<string | number> {
  return [
    row.kpiId,
    row.kpi,
    row.role,
    row.peopleScored,
    row.metTarget,
    row.belowThreshold,
    row.medianActual,
    row.verdict,
    row.suggestedTarget,
  ];
}

/** A review period as the Periods sheet describes it. */
export interface TargetHealthPeriod {
  period: string;
  /** The period's last day as a day number (see `dayNumber` in calendar-date.ts). */
  endsDay: number;
  closed: boolean;
}

/**
 * The period to judge a KPI on: the latest closed period (by Ends) in which at least 5 people
 * were scored on it, or — when none has that many — the latest closed period, whose
 * `Not enough data` then says so. `null` when no period is closed.
 *
 * @example
 * targetHealthPeriod(periods, (period) => resultsOf(period)) // '2027-Q1'
 */
export function targetHealthPeriod(
  periods: readonly TargetHealthPeriod[],
  resultsIn: (period: string) => readonly ScoredResult[],
): string | null {
  const closed = periods.filter((period) => period.closed).sort((a, b) => b.endsDay - a.endsDay);
  const enough = closed.find(
    (period) =>
      resultsIn(period.period).filter((result) => scoredActual(result) !== null).length >=
      TARGET_HEALTH_MIN_PEOPLE,
  );
  return (enough ?? closed[0])?.period ?? null;
}
