/**
 * KPISCORE as Sheets calls it: reading the cells of each argument, spreading over ranges, and
 * scoring each actual on its KPI's scale (see `score-scale.ts` for the scale itself).
 *
 * Decisions:
 * - A blank actual gives `""` and an `N/A` actual `"N/A"` before any setting is read: a KPI not
 *   measured, or not applicable, this period has nothing to score against.
 * - Three paths, one result: one scale for a whole column (checked once); a scale per row read
 *   with no allocation when every cell is a plain number and the direction word was seen before;
 *   and the checked path, which reads any cell Sheets can send and words each error. Tests hold
 *   the faster paths to the checked one.
 * - The scale's names are re-exported because other modules import them from here.
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
  directionOfWord,
  fillScoreScale,
  newScoreScale,
  parseDirection,
  resolveScoreScale,
  scoreOnScale,
  type ReusableScoreScale,
  type ScoreScale,
} from './score-scale';
import {
  isBlankCell,
  isNotApplicable,
  KpiInputError,
  NOT_APPLICABLE,
  readKeyword,
  readNumber,
  readOptionalNumber,
} from './sheet-input';
import type { Direction } from './vocabulary';

export {
  DEFAULT_CAP,
  parseDirection,
  resolveScoreScale,
  scoreKpi,
  scoreOnScale,
  type ScaleSettings,
  type ScoreScale,
} from './score-scale';

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
  // Settings first, as in a column: a wrong setting is the fix that matters for every actual.
  const scale = readScale(target, direction, threshold, stretch, cap);
  return scoreOnScale(readNumber(actual, 'Actual'), scale);
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
 * Settings that vary per row (a register-shaped column: each row its own target, threshold,
 * stretch and direction). A row of plain numbers with a known direction word is checked into
 * one reused scale; any other row takes the checked path, which words the same errors.
 */
function scoreCellByCell(
  rows: number,
  columns: number,
  sources: readonly CellSource[],
): ScoreCell[][] {
  const scale = newScoreScale();
  const directionOf = directionReader();
  const output: ScoreCell[][] = new Array<ScoreCell[]>(rows);
  if (columns === 1) {
    // A column of rows, the usual call: each argument is a column or one value for all rows.
    const [actuals, targets, directions, thresholds, stretches, caps] = sources.map(asColumn) as [
      ColumnSource,
      ColumnSource,
      ColumnSource,
      ColumnSource,
      ColumnSource,
      ColumnSource,
    ];
    // Read into locals once: the loop calls functions, so property reads would be repeated.
    const actualGrid = actuals.grid;
    const targetGrid = targets.grid;
    const directionGrid = directions.grid;
    const thresholdGrid = thresholds.grid;
    const stretchGrid = stretches.grid;
    const capGrid = caps.grid;
    for (let row = 0; row < rows; row++) {
      output[row] = [
        scoreOwnSettings(
          scale,
          directionOf,
          actualGrid === null ? actuals.value : (actualGrid[row] as Row)[0],
          targetGrid === null ? targets.value : (targetGrid[row] as Row)[0],
          directionGrid === null ? directions.value : (directionGrid[row] as Row)[0],
          thresholdGrid === null ? thresholds.value : (thresholdGrid[row] as Row)[0],
          stretchGrid === null ? stretches.value : (stretchGrid[row] as Row)[0],
          capGrid === null ? caps.value : (capGrid[row] as Row)[0],
        ),
      ];
    }
    return output;
  }
  const [actuals, targets, directions, thresholds, stretches, caps] = sources as [
    CellSource,
    CellSource,
    CellSource,
    CellSource,
    CellSource,
    CellSource,
  ];
  for (let row = 0; row < rows; row++) {
    const outputRow = emptyRow<ScoreCell>(columns);
    for (let column = 0; column < columns; column++) {
      outputRow[column] = scoreOwnSettings(
        scale,
        directionOf,
        cellAt(actuals, row, column, columns),
        cellAt(targets, row, column, columns),
        cellAt(directions, row, column, columns),
        cellAt(thresholds, row, column, columns),
        cellAt(stretches, row, column, columns),
        cellAt(caps, row, column, columns),
      );
    }
    output[row] = outputRow;
  }
  return output;
}

type Row = ReadonlyArray<unknown>;

/** An argument of a one-column call: a column of cells, or one value for every row. */
interface ColumnSource {
  readonly grid: CellGrid | null;
  readonly value: unknown;
}

function asColumn(source: CellSource): ColumnSource {
  switch (source.kind) {
    case 'single':
      return { grid: null, value: source.value };
    case 'grid':
    case 'column':
      return { grid: source.grid, value: undefined };
    case 'row':
      return { grid: source.cells.map((cell) => [cell]), value: undefined };
  }
}

/**
 * Scores one cell whose settings are its own. Plain numbers and a known direction word are
 * checked into the reused scale; anything else takes the checked path.
 */
function scoreOwnSettings(
  scale: ReusableScoreScale,
  directionOf: (cell: unknown) => Direction | null,
  actual: unknown,
  target: unknown,
  direction: unknown,
  threshold: unknown,
  stretch: unknown,
  cap: unknown,
): ScoreCell {
  const plainDirection = directionOf(direction);
  const plainThreshold = plainOptional(threshold);
  const plainStretch = plainOptional(stretch);
  const plainCap = plainOptional(cap);
  // `x - x === 0` is false for NaN and ±Infinity: those take the checked path.
  if (
    typeof actual === 'number' &&
    actual - actual === 0 &&
    typeof target === 'number' &&
    plainDirection !== null &&
    plainThreshold !== undefined &&
    plainStretch !== undefined &&
    plainCap !== undefined
  ) {
    try {
      fillScoreScale(scale, plainDirection, target, plainThreshold, plainStretch, plainCap);
      return scoreOnScale(actual, scale);
    } catch (error) {
      return kpiErrorCell(error);
    }
  }
  return scoreCheckedRow(actual, target, direction, threshold, stretch, cap);
}

/** An optional setting that needs no reading: a number, `null` for blank, `undefined` otherwise. */
function plainOptional(cell: unknown): number | null | undefined {
  if (typeof cell === 'number') return cell;
  return isBlankCell(cell) ? null : undefined;
}

/**
 * Reads direction cells, remembering each word: a column repeats a few words. `null` for a cell
 * that is not a known direction word, which the checked path then reports.
 */
function directionReader(): (cell: unknown) => Direction | null {
  const known = new Map<string, Direction | null>();
  let lastCell: unknown = '';
  let lastDirection: Direction | null = 'higher';
  return (cell) => {
    if (cell === lastCell) return lastDirection;
    lastCell = cell;
    if (isBlankCell(cell)) {
      lastDirection = 'higher';
    } else if (typeof cell === 'string') {
      let direction = known.get(cell);
      if (direction === undefined) {
        direction = directionOfWord(readKeyword(cell, 'Direction'));
        known.set(cell, direction);
      }
      lastDirection = direction;
    } else {
      lastDirection = null;
    }
    return lastDirection;
  };
}

/** One row read and checked cell by cell, as a scalar call reads it, errors as cell text. */
function scoreCheckedRow(
  actual: unknown,
  target: unknown,
  direction: unknown,
  threshold: unknown,
  stretch: unknown,
  cap: unknown,
): ScoreCell {
  if (isBlankCell(actual)) return '';
  if (isNotApplicable(actual)) return NOT_APPLICABLE;
  let scale: ScoreScale;
  try {
    scale = readScale(target, direction, threshold, stretch, cap);
  } catch (error) {
    return kpiErrorCell(error);
  }
  return scoreActualCell(actual, scale, '');
}
