/**
 * KPIPACE: whether a KPI is on track mid-period, from the value to date and the share of the
 * period gone.
 *
 * The elapsed share f = (as of − starts + 1) ÷ (ends − starts + 1) in whole calendar days,
 * clamped to [0, 1]. A `Sum` KPI is expected to have reached target × f by now; any other is
 * expected to be at target already. Attainment a = actual ÷ expected (expected ÷ actual when
 * lower is better) gives `On track` (a ≥ 1), `Behind` (0.8 ≤ a < 1) or `At risk` (a < 0.8).
 * A `range` KPI is judged on its KPISCORE instead: 1 → On track, ≥ 0.5 → Behind, else At risk.
 *
 * Decisions:
 * - An actual at or below 0 on a lower-is-better KPI is on track (nothing can beat it), and so is
 *   any actual ≥ 0 on a higher-is-better KPI expected to be at 0 by now: the ratio is undefined
 *   there and the KPI has lost nothing.
 * - The expected value is target × elapsed days ÷ period days, multiplied before dividing, and
 *   attainment a hair below a band's edge (1e-9) counts as reaching it: a KPI exactly on pace
 *   reads On track, not Behind because of floating-point noise.
 * - `threshold` and `stretch` matter only for `range`; other rows may leave them blank or hold
 *   anything, as the Scores sheet's columns do.
 * - Everything but a blank or `N/A` actual is checked even when the period has not started, so
 *   a wrong setting shows before the period opens.
 */
import { mapCells, planArrayCall } from './array-formula';
import { daysBetween, formatCalendarDate, type CalendarDate } from './calendar-date';
import { readCalendarDate } from './date-cell';
import { parseDirection, scoreKpi } from './score-scale';
import {
  describeCell,
  isBlankCell,
  isDateValue,
  isNotApplicable,
  KpiInputError,
  NOT_APPLICABLE,
  readKeyword,
  readNumber,
  readOptionalNumber,
} from './sheet-input';
import { checkTimeZone } from './time-zone';
import {
  AGGREGATIONS,
  DEFAULT_AGGREGATION,
  type Aggregation,
  type Direction,
  type PaceStatus,
} from './vocabulary';

/** The period a pace is judged in and the day it is judged on, as calendar days. */
export interface PacePeriod {
  starts: CalendarDate;
  ends: CalendarDate;
  asOf: CalendarDate;
}

/** A KPI's settings for pace; omitted or `null` means the default. */
export interface PaceSettings {
  /** Default `higher`. */
  direction?: Direction | null;
  /** Default `Last`: the value to date is compared with the whole target. */
  aggregation?: Aggregation | null;
  /** `range` only: the value outside the ideal band that scores 0. */
  threshold?: number | null;
  /** `range` only: the other edge of the ideal band. */
  stretch?: number | null;
}

/** How far below a band's edge attainment may fall from rounding and still reach it. */
const EDGE_TOLERANCE = 1e-9;

/**
 * A KPI's pace on a day of its period: `On track`, `Behind` or `At risk`, or `""` before the
 * period starts. The typed form of KPIPACE, for showing pace as actuals are typed. Throws a
 * {@link KpiInputError} for a period that ends before it starts or a range KPI without threshold.
 *
 * @example
 * kpiPace(40000, 120000, { starts: { year: 2027, month: 1, day: 1 }, ends: { year: 2027, month: 3, day: 31 }, asOf: { year: 2027, month: 2, day: 14 } }, { aggregation: 'Sum' })
 * // 'At risk' (45 of 90 days gone, 60,000 expected)
 */
export function kpiPace(
  actualToDate: number,
  target: number,
  period: PacePeriod,
  settings: PaceSettings = {},
): PaceStatus | '' {
  const periodDays = daysBetween(period.starts, period.ends) + 1;
  if (periodDays < 1) {
    throw new KpiInputError(
      `Ends ${formatCalendarDate(period.ends)} is before starts ${formatCalendarDate(period.starts)} — check the period's dates.`,
    );
  }
  const direction = settings.direction ?? 'higher';
  if (direction === 'range') {
    // Checked before the start date, like every other setting.
    const score = scoreKpi(actualToDate, target, {
      direction,
      threshold: settings.threshold ?? null,
      stretch: settings.stretch ?? null,
    });
    if (daysBetween(period.starts, period.asOf) < 0) return '';
    return paceOfAttainment(score, 0.5);
  }
  const elapsedDays = daysBetween(period.starts, period.asOf) + 1;
  if (elapsedDays < 1) return '';
  const aggregation = settings.aggregation ?? DEFAULT_AGGREGATION;
  const expected =
    aggregation === 'Sum'
      ? (target * (elapsedDays < periodDays ? elapsedDays : periodDays)) / periodDays
      : target;
  if (direction === 'lower') {
    return actualToDate <= 0 ? 'On track' : paceOfAttainment(expected / actualToDate, 0.8);
  }
  if (expected === 0) return actualToDate >= 0 ? 'On track' : 'At risk';
  return paceOfAttainment(actualToDate / expected, 0.8);
}

function paceOfAttainment(attainment: number, behindFrom: number): PaceStatus {
  if (attainment >= 1 - EDGE_TOLERANCE) return 'On track';
  return attainment >= behindFrom - EDGE_TOLERANCE ? 'Behind' : 'At risk';
}

/** Every aggregation word, lower case. */
const AGGREGATION_WORDS: ReadonlyMap<string, Aggregation> = new Map(
  AGGREGATIONS.map((aggregation): [string, Aggregation] => [
    aggregation.toLowerCase(),
    aggregation,
  ]),
);

/**
 * Reads an aggregation argument: `Sum`, `Average` or `Last` in any case; blank means `Last`.
 *
 * @example
 * parseAggregation(' sum ') // 'Sum'
 */
export function parseAggregation(value: unknown): Aggregation {
  if (isBlankCell(value)) return DEFAULT_AGGREGATION;
  const aggregation = AGGREGATION_WORDS.get(readKeyword(value, 'Aggregation'));
  if (aggregation === undefined) {
    throw new KpiInputError(
      `Aggregation ${describeCell(value)} is not recognised — use Sum (values that add up over the period), Average or Last, or leave it blank.`,
    );
  }
  return aggregation;
}

/** A KPIPACE cell: a pace, `""` or `"N/A"`, or `#KPI! <reason>` in an array call. */
export type PaceCell = PaceStatus | '' | typeof NOT_APPLICABLE | string;

/**
 * KPIPACE as Sheets calls it: reads the cells (dates as calendar days in the spreadsheet's time
 * zone) and spreads over ranges like the other KPI functions.
 *
 * @example
 * paceFormula(40000, 120000, startsCell, endsCell, asOfCell, 'higher', 'Sum', '', '', 'Europe/London') // 'At risk'
 */
export function paceFormula(
  actualToDate: unknown,
  target: unknown,
  starts: unknown,
  ends: unknown,
  asOf: unknown,
  direction: unknown,
  aggregation: unknown,
  threshold: unknown,
  stretch: unknown,
  timeZone: string,
): PaceCell | PaceCell[][] {
  checkTimeZone(timeZone);
  const readStarts = dateReader(timeZone, 'Starts', 'enter the first day of the period');
  const readEnds = dateReader(timeZone, 'Ends', 'enter the last day of the period');
  const readAsOf = dateReader(
    timeZone,
    'As of',
    'pass the date to judge on, e.g. the KPI_AS_OF cell the daily review refreshes',
  );
  const compute = (cells: readonly unknown[]): PaceCell => {
    const [actual, targetCell, startsCell, endsCell, asOfCell, directionCell] = cells;
    if (isBlankCell(actual)) return '';
    if (isNotApplicable(actual)) return NOT_APPLICABLE;
    const actualValue = readNumber(actual, 'Actual to date');
    if (isBlankCell(targetCell)) {
      throw new KpiInputError(
        'Target is blank — enter the value the KPI should reach by the end of the period.',
      );
    }
    const targetValue = readNumber(targetCell, 'Target');
    const period = {
      starts: readStarts(startsCell),
      ends: readEnds(endsCell),
      asOf: readAsOf(asOfCell),
    };
    const kpiDirection = parseDirection(directionCell);
    const settings: PaceSettings = {
      direction: kpiDirection,
      aggregation: parseAggregation(cells[6]),
    };
    if (kpiDirection === 'range') {
      settings.threshold = readOptionalNumber(cells[7], 'Threshold');
      settings.stretch = readOptionalNumber(cells[8], 'Stretch');
    }
    return kpiPace(actualValue, targetValue, period, settings);
  };
  const args = [
    actualToDate,
    target,
    starts,
    ends,
    asOf,
    direction,
    aggregation,
    threshold,
    stretch,
  ];
  const plan = planArrayCall(
    [
      'actual_to_date',
      'target',
      'starts',
      'ends',
      'as_of',
      'direction',
      'aggregation',
      'threshold',
      'stretch',
    ].map((name, index) => ({ name, value: args[index] })),
  );
  if (plan === null) return compute(args);
  return mapCells(plan, compute);
}

/**
 * Reads a required date argument, remembering the last cell: a Pace column repeats its period's
 * dates row after row, and finding a day in a time zone is the costly step.
 */
function dateReader(timeZone: string, label: string, fix: string): (cell: unknown) => CalendarDate {
  let lastCell: unknown = undefined;
  let lastTime = Number.NaN;
  let lastDate: CalendarDate | null = null;
  return (cell) => {
    const time = isDateValue(cell) ? cell.getTime() : Number.NaN;
    if (lastDate !== null && (cell === lastCell || (time === lastTime && time === time))) {
      return lastDate;
    }
    const date = readCalendarDate(cell, timeZone, label);
    if (date === null) throw new KpiInputError(`${label} is blank — ${fix}.`);
    lastCell = cell;
    lastTime = time;
    lastDate = date;
    return date;
  };
}
