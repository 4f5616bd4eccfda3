/**
 * KPISCORE: how far an actual value went toward its target, on a piecewise-linear scale.
 *
 * `threshold` scores 0, `target` scores 1 and `stretch` scores `cap`; below the threshold the
 * score stays 0 and beyond the stretch it stays at the cap. Without a stretch the
 * threshold→target slope continues until it reaches the cap. For `"range"` KPIs target and
 * stretch are the edges of an ideal band that scores 1, and the score falls to 0 at the
 * threshold's distance from the band on either side.
 */
import {
  cellAt,
  emptyRow,
  kpiErrorCell,
  planArrayCall,
  type CellGrid,
  type CellSource,
} from './array-formula';
import {
  isBlankCell,
  isFiniteNumber,
  isNotApplicable,
  KpiInputError,
  NOT_APPLICABLE,
  readKeyword,
  readNumber,
  readOptionalNumber,
} from './sheet-input';
import { DIRECTIONS, type Direction } from './vocabulary';

/** The cap when none is given: a stretch result scores 150%. */
export const DEFAULT_CAP = 1.5;

/** A KPI's scale, checked and ready to score any number of actual values. */
export interface ScoreScale {
  readonly direction: Direction;
  readonly threshold: number;
  readonly target: number;
  /** `null` when omitted: the slope continues to the cap (or, for `range`, a single ideal value). */
  readonly stretch: number | null;
  /** Highest score; 1 for `range`, where the cap does not apply. */
  readonly cap: number;
  /** +1 when higher is better, -1 when lower is better: scoring works on `sign × value`. */
  readonly sign: 1 | -1;
  /** `range` only: the ideal band's edges and how far outside it the score reaches 0. */
  readonly bandLow: number;
  readonly bandHigh: number;
  readonly fallOff: number;
  /** Score gained per unit past the target toward the stretch; 0 without a stretch. */
  readonly stretchSlope: number;
  /** `sign ×` threshold, target and stretch, and target − threshold on that signed axis. */
  readonly signedThreshold: number;
  readonly signedTarget: number;
  readonly signedStretch: number;
  readonly span: number;
}

/** The scale's settings as a person gives them; `null`/omitted means the default. */
export interface ScaleSettings {
  direction?: Direction | null;
  threshold?: number | null;
  stretch?: number | null;
  cap?: number | null;
}

/** Every direction word, lower case: the vocabulary's directions and "… is better". */
const DIRECTION_WORDS: ReadonlyMap<string, Direction> = new Map(
  DIRECTIONS.flatMap((direction): Array<[string, Direction]> =>
    direction === 'range'
      ? [[direction, direction]]
      : [
          [direction, direction],
          [`${direction} is better`, direction],
        ],
  ),
);

/**
 * Reads a direction argument: `"higher"` (also when blank), `"lower"` or `"range"`, in any case,
 * also `"higher is better"` and `"lower is better"`.
 *
 * @example
 * parseDirection('Lower is better') // 'lower'
 */
export function parseDirection(value: unknown): Direction {
  if (isBlankCell(value)) return 'higher';
  const direction = DIRECTION_WORDS.get(readKeyword(value, 'Direction'));
  if (direction === undefined) {
    throw new KpiInputError(
      `Direction ${JSON.stringify(String(value))} is not recognised — use "higher", "lower" or "range".`,
    );
  }
  return direction;
}

/**
 * Checks a KPI's settings and fills in the defaults, so that scoring each actual is plain
 * arithmetic. Throws a {@link KpiInputError} that says how to fix a setting that cannot work.
 *
 * @example
 * resolveScoreScale(100, { direction: 'lower' }) // threshold 200, cap 1.5
 */
export function resolveScoreScale(target: number, settings: ScaleSettings = {}): ScoreScale {
  const direction = settings.direction ?? 'higher';
  const threshold = settings.threshold ?? null;
  const stretch = settings.stretch ?? null;
  checkFinite('Target', target);
  checkFinite('Threshold', threshold);
  checkFinite('Stretch', stretch);
  checkFinite('Cap', settings.cap ?? null);
  if (direction === 'range') return resolveRangeScale(target, threshold, stretch);

  const cap = settings.cap ?? DEFAULT_CAP;
  if (cap < 1) {
    throw new KpiInputError(
      `Cap ${cap} is below 1 — enter a cap of at least 1 (the default is ${DEFAULT_CAP}).`,
    );
  }
  const sign = direction === 'higher' ? 1 : -1;
  const worse = direction === 'higher' ? 'below' : 'above';
  const better = direction === 'higher' ? 'above' : 'below';
  const resolvedThreshold = threshold ?? (direction === 'higher' ? 0 : 2 * target);
  if (threshold === null && sign * resolvedThreshold >= sign * target) {
    throw new KpiInputError(
      `Threshold is needed: with target ${target} and direction "${direction}" the default ` +
        `threshold (${direction === 'higher' ? '0' : 'twice the target'}) is not ${worse} the ` +
        `target — enter the value that scores 0.`,
    );
  }
  if (sign * resolvedThreshold >= sign * target) {
    throw new KpiInputError(
      `Threshold ${resolvedThreshold} is not ${worse} target ${target} — for "${direction}" ` +
        `the threshold (the value that scores 0) must be ${worse} the target.`,
    );
  }
  if (!isFiniteNumber(target - resolvedThreshold)) {
    throw new KpiInputError(
      `Target ${target} and threshold ${resolvedThreshold} are too far apart to score — use smaller units.`,
    );
  }
  if (stretch !== null && sign * stretch <= sign * target) {
    throw new KpiInputError(
      `Stretch ${stretch} is not ${better} target ${target} — for "${direction}" the stretch ` +
        `(the value that scores the cap) must be ${better} the target, or leave it blank.`,
    );
  }
  return {
    direction,
    threshold: resolvedThreshold,
    target,
    stretch,
    cap,
    sign,
    bandLow: target,
    bandHigh: target,
    fallOff: 0,
    stretchSlope: stretch === null ? 0 : (cap - 1) / (sign * stretch - sign * target),
    signedThreshold: sign * resolvedThreshold,
    signedTarget: sign * target,
    signedStretch: stretch === null ? 0 : sign * stretch,
    span: sign * target - sign * resolvedThreshold,
  };
}

function checkFinite(label: string, value: number | null): void {
  if (value !== null && !isFiniteNumber(value)) {
    throw new KpiInputError(`${label} is ${value} — enter a finite number.`);
  }
}

function resolveRangeScale(
  target: number,
  threshold: number | null,
  stretch: number | null,
): ScoreScale {
  const bandLow = stretch === null || target < stretch ? target : stretch;
  const bandHigh = stretch === null || target > stretch ? target : stretch;
  const band = bandLow === bandHigh ? `${bandLow}` : `${bandLow}–${bandHigh}`;
  if (threshold === null) {
    throw new KpiInputError(
      `Threshold is required for "range" — enter the value outside the ideal band (${band}) that scores 0.`,
    );
  }
  if (threshold >= bandLow && threshold <= bandHigh) {
    throw new KpiInputError(
      `Threshold ${threshold} lies inside the ideal band ${band} — for "range" the threshold ` +
        '(the value that scores 0) must lie outside the band.',
    );
  }
  return {
    direction: 'range',
    threshold,
    target,
    stretch,
    cap: 1,
    sign: 1,
    bandLow,
    bandHigh,
    fallOff: threshold < bandLow ? bandLow - threshold : threshold - bandHigh,
    stretchSlope: 0,
    signedThreshold: threshold,
    signedTarget: target,
    signedStretch: stretch ?? target,
    span: 0,
  };
}

/**
 * Scores one actual value on a resolved scale. Always a finite number in [0, cap].
 *
 * @example
 * scoreOnScale(110, resolveScoreScale(100, { threshold: 80, stretch: 120, cap: 1.3 })) // 1.15
 */
export function scoreOnScale(actual: number, scale: ScoreScale): number {
  if (scale.direction === 'range') {
    const outside =
      actual < scale.bandLow
        ? scale.bandLow - actual
        : actual > scale.bandHigh
          ? actual - scale.bandHigh
          : 0;
    return outside >= scale.fallOff ? 0 : 1 - outside / scale.fallOff;
  }
  const value = scale.sign * actual;
  if (value <= scale.signedThreshold) return 0;
  // Dividing the same difference by itself makes the score exactly 1 at the target.
  if (value <= scale.signedTarget) return (value - scale.signedThreshold) / scale.span;
  // Ternaries rather than Math.min: see the note on global lookups in array-formula.ts.
  const score =
    scale.stretch === null
      ? (value - scale.signedThreshold) / scale.span
      : value >= scale.signedStretch
        ? scale.cap
        : 1 + (value - scale.signedTarget) * scale.stretchSlope;
  return score < scale.cap ? score : scale.cap;
}

/**
 * Scores one KPI from plain numbers: the typed form of KPISCORE.
 *
 * @example
 * scoreKpi(50, 100, { threshold: 40 }) // 0.1666…
 */
export function scoreKpi(actual: number, target: number, settings: ScaleSettings = {}): number {
  return scoreOnScale(actual, resolveScoreScale(target, settings));
}

/**
 * A score cell: a number, `""` for a blank actual, `"N/A"` for an actual that does not apply this
 * period, or `#KPI! <reason>` in an array call.
 */
export type ScoreCell = number | string;

/**
 * KPISCORE as Sheets calls it: reads cells, applies defaults, spreads over ranges.
 * A scalar call returns a number or `""` and throws on bad input; an array call returns rows of
 * score cells with `#KPI! <reason>` in each bad cell.
 *
 * @example
 * scoreKpiFormula([[120], [80], ['']], 100) // [[1.2], [0.8], ['']]
 */
export function scoreKpiFormula(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  threshold?: unknown,
  stretch?: unknown,
  cap?: unknown,
): ScoreCell | ScoreCell[][] {
  const plan = planArrayCall([
    { name: 'actual', value: actual },
    { name: 'target', value: target },
    { name: 'direction', value: direction },
    { name: 'threshold', value: threshold },
    { name: 'stretch', value: stretch },
    { name: 'cap', value: cap },
  ]);
  if (plan === null) return scoreCell(actual, target, direction, threshold, stretch, cap);

  const [actuals, ...settings] = plan.sources as [CellSource, ...CellSource[]];
  if (settings.every((source) => source.kind === 'single') && actuals.kind === 'grid') {
    return scoreGridOnOneScale(actuals.grid, settings.map(singleValue));
  }
  return scoreCellByCell(plan.rows, plan.columns, plan.sources);
}

function singleValue(source: CellSource): unknown {
  return source.kind === 'single' ? source.value : undefined;
}

/** Reads a KPI's settings from cells; shared by every path so all report errors alike. */
function readScale(
  target: unknown,
  direction: unknown,
  threshold: unknown,
  stretch: unknown,
  cap: unknown,
): ScoreScale {
  if (isBlankCell(target)) {
    throw new KpiInputError('Target is blank — enter the value that scores 1 (100%).');
  }
  return resolveScoreScale(readNumber(target, 'Target'), {
    direction: parseDirection(direction),
    threshold: readOptionalNumber(threshold, 'Threshold'),
    stretch: readOptionalNumber(stretch, 'Stretch'),
    cap: readOptionalNumber(cap, 'Cap'),
  });
}

function scoreCell(
  actual: unknown,
  target: unknown,
  direction: unknown,
  threshold: unknown,
  stretch: unknown,
  cap: unknown,
): ScoreCell {
  if (isBlankCell(actual)) return '';
  if (isNotApplicable(actual)) return NOT_APPLICABLE;
  const value = readNumber(actual, 'Actual');
  return scoreOnScale(value, readScale(target, direction, threshold, stretch, cap));
}

/**
 * The common case — one KPI's settings against a column of actuals — checks the settings once
 * and scores number cells without any per-cell allocation beyond the output.
 */
function scoreGridOnOneScale(actuals: CellGrid, settings: unknown[]): ScoreCell[][] {
  let scale: ScoreScale | null = null;
  let scaleError = '';
  try {
    scale = readScale(settings[0], settings[1], settings[2], settings[3], settings[4]);
  } catch (error) {
    scaleError = kpiErrorCell(error);
  }
  const rows = actuals.length;
  const output: ScoreCell[][] = new Array<ScoreCell[]>(rows);
  for (let row = 0; row < rows; row++) {
    const cells = actuals[row] as ReadonlyArray<unknown>;
    const columns = cells.length;
    // A one-cell row literal is the cheapest row there is, and columns are the common case.
    if (columns === 1) {
      output[row] = [scoreActualCell(cells[0], scale, scaleError)];
      continue;
    }
    const outputRow = emptyRow<ScoreCell>(columns);
    for (let column = 0; column < columns; column++) {
      outputRow[column] = scoreActualCell(cells[column], scale, scaleError);
    }
    output[row] = outputRow;
  }
  return output;
}

/** Scores one actual cell on an already checked scale, or repeats why the scale is wrong. */
function scoreActualCell(cell: unknown, scale: ScoreScale | null, scaleError: string): ScoreCell {
  // `x - x === 0` is false for NaN and ±Infinity: those take the checked path.
  if (typeof cell === 'number' && scale !== null && cell - cell === 0) {
    return scoreOnScale(cell, scale);
  }
  if (isBlankCell(cell)) return '';
  if (isNotApplicable(cell)) return NOT_APPLICABLE;
  return scale === null ? scaleError : scoreCheckedCell(cell, scale);
}

function scoreCheckedCell(actual: unknown, scale: ScoreScale): ScoreCell {
  try {
    return scoreOnScale(readNumber(actual, 'Actual'), scale);
  } catch (error) {
    return kpiErrorCell(error);
  }
}

/**
 * Settings that vary per row (a column of targets, say) are read per cell, but a row with the
 * same settings as the one before reuses its checked scale.
 */
function scoreCellByCell(
  rows: number,
  columns: number,
  sources: readonly CellSource[],
): ScoreCell[][] {
  const [actuals, targets, directions, thresholds, stretches, caps] = sources as [
    CellSource,
    CellSource,
    CellSource,
    CellSource,
    CellSource,
    CellSource,
  ];
  let previous: unknown[] = [];
  let scale: ScoreScale | null = null;
  let scaleError = '';
  const output: ScoreCell[][] = new Array<ScoreCell[]>(rows);
  for (let row = 0; row < rows; row++) {
    const outputRow = emptyRow<ScoreCell>(columns);
    for (let column = 0; column < columns; column++) {
      const actual = cellAt(actuals, row, column, columns);
      if (isBlankCell(actual) || isNotApplicable(actual)) {
        outputRow[column] = isBlankCell(actual) ? '' : NOT_APPLICABLE;
        continue;
      }
      const settings = [
        cellAt(targets, row, column, columns),
        cellAt(directions, row, column, columns),
        cellAt(thresholds, row, column, columns),
        cellAt(stretches, row, column, columns),
        cellAt(caps, row, column, columns),
      ];
      if (!sameCells(settings, previous)) {
        previous = settings;
        try {
          scale = readScale(settings[0], settings[1], settings[2], settings[3], settings[4]);
          scaleError = '';
        } catch (error) {
          scale = null;
          scaleError = kpiErrorCell(error);
        }
      }
      outputRow[column] = scoreActualCell(actual, scale, scaleError);
    }
    output[row] = outputRow;
  }
  return output;
}

function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
