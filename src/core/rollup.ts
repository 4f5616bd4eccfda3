/**
 * KPIROLLUP: a weighted score per group of rows (person × period, say), so one cell totals every
 * person and period at once.
 *
 * Each group's score is what KPIWEIGHTED gives over the group's rows, shown only when enough of
 * the KPIs expected (rows that are not `N/A`) have a numeric score. The result has one row per
 * group, in order of first appearance: the key cells of the group's first row, the weighted
 * score, the number of KPIs scored and the number expected.
 *
 * Decisions:
 * - Keys are compared by their text: trimmed, case-sensitive, numbers as plain decimals (the
 *   number 2027 and the text "2027" are one key), dates as `YYYY-MM-DD` in the spreadsheet's
 *   time zone, TRUE/FALSE as Sheets shows them. The zone is asked for only when a key is a date.
 * - Several key columns are joined with U+0000 between them, a character no Sheets cell can
 *   hold (`CHAR(0)` is refused), so two different keys never join to the same text.
 * - A row with the same key cells as the row before joins that row's group without reading the
 *   cells' text again: Scores rows come in runs of one person and period.
 * - One bad row marks only its group's score `#KPI! <reason>` (the first reason found); the
 *   counts are still given, and every other group still totals.
 */
import { formatCalendarDate } from './calendar-date';
import { readCalendarDate } from './date-cell';
import {
  describeCell,
  isBlankCell,
  isDateValue,
  isNotApplicable,
  KpiInputError,
  readNumber,
} from './sheet-input';
import { kpiErrorCell, type CellGrid } from './array-formula';
import { finishMean, readPair } from './weighted-score';

/** One group's running totals while the rows are read. */
interface Group {
  /** Index of the group's first row, whose key cells the result shows. */
  readonly firstRow: number;
  weighted: number;
  total: number;
  scored: number;
  expected: number;
  /** `#KPI! <reason>` for the first bad row of the group, or `''`. */
  error: string;
}

/** One result row: the key cells, then the weighted score (or `""`/`#KPI!`), scored, expected. */
export type RollupRow = unknown[];

/** Reads the spreadsheet's time zone; called only when a key cell is a date. */
export type TimeZoneSource = () => string;

const KEY_SEPARATOR = '\u0000';

/** Looked up once: global lookups are slow per row in sandboxed contexts (see array-formula.ts). */
const isArray = Array.isArray;

/**
 * KPIROLLUP as Sheets calls it. `keys` is n×k (one or more key columns), `scores` and `weights`
 * n×1; `minCoverage` is the share of expected KPIs that must be scored for a group to get a score
 * (default 1). Returns `""` when no row has a key. Throws a {@link KpiInputError} for arguments
 * that cannot be paired; a bad row only marks its own group.
 *
 * @example
 * rollupFormula([['Q1', 'E1'], ['Q1', 'E1'], ['Q1', 'E2']], [[1.2], [0.8], ['N/A']], [[50], [50], [100]], '', () => 'UTC')
 * // [['Q1', 'E1', 1, 2, 2], ['Q1', 'E2', '', 0, 0]]
 */
export function rollupFormula(
  keys: unknown,
  scores: unknown,
  weights: unknown,
  minCoverage: unknown,
  timeZone: TimeZoneSource,
): RollupRow[] | '' {
  const keyGrid = asGrid(keys, 'keys');
  const rows = keyGrid.length;
  const keyColumns = (keyGrid[0] as ReadonlyArray<unknown>).length;
  const scoreGrid = asColumn(scores, 'scores', rows);
  const weightGrid = asColumn(weights, 'weights', rows);
  const coverage = readMinCoverage(minCoverage);
  const keyText = keyTextReader(timeZone);

  const groups = new Map<string, Group>();
  const order: Group[] = [];
  let previousKeys: ReadonlyArray<unknown> | null = null;
  let group: Group | null = null;
  for (let row = 0; row < rows; row++) {
    const keyCells = keyGrid[row] as ReadonlyArray<unknown>;
    if (previousKeys === null || !sameKeyCells(keyCells, previousKeys, keyColumns)) {
      previousKeys = keyCells;
      const text = keyColumns === 1 ? keyText(keyCells[0], row) : joinedKey(keyCells, row, keyText);
      if (text === null) {
        group = null;
      } else {
        group = groups.get(text) ?? null;
        if (group === null) {
          group = { firstRow: row, weighted: 0, total: 0, scored: 0, expected: 0, error: '' };
          groups.set(text, group);
          order.push(group);
        }
      }
    }
    if (group === null) continue;
    const score = (scoreGrid[row] as ReadonlyArray<unknown>)[0];
    const weight = (weightGrid[row] as ReadonlyArray<unknown>)[0];
    // `x - x === 0` is false for NaN and ±Infinity: those take the checked path.
    if (
      typeof score === 'number' &&
      typeof weight === 'number' &&
      weight >= 0 &&
      score - score === 0 &&
      weight - weight === 0
    ) {
      group.weighted += weight * score;
      group.total += weight;
      group.scored++;
      group.expected++;
    } else {
      addCheckedRow(group, score, weight, row);
    }
  }
  if (order.length === 0) return '';
  return order.map((finished) => resultRow(finished, keyGrid, coverage));
}

/** A row whose score or weight is not a plain number: read as KPIWEIGHTED reads it. */
function addCheckedRow(group: Group, score: unknown, weight: unknown, row: number): void {
  if (isNotApplicable(score)) return;
  group.expected++;
  try {
    const pair = readPair(score, weight, ` in row ${row + 1}`);
    if (pair === null) return;
    group.weighted += pair.weight * pair.score;
    group.total += pair.weight;
    group.scored++;
  } catch (error) {
    if (group.error === '') group.error = kpiErrorCell(error);
  }
}

function resultRow(group: Group, keyGrid: CellGrid, minCoverage: number): RollupRow {
  const row = (keyGrid[group.firstRow] as ReadonlyArray<unknown>).slice();
  row.push(groupScore(group, minCoverage), group.scored, group.expected);
  return row;
}

function groupScore(group: Group, minCoverage: number): number | string {
  if (group.error !== '') return group.error;
  if (group.scored === 0 || group.scored / group.expected < minCoverage) return '';
  try {
    return finishMean(group.weighted, group.total);
  } catch (error) {
    return kpiErrorCell(error);
  }
}

function sameKeyCells(
  cells: ReadonlyArray<unknown>,
  previous: ReadonlyArray<unknown>,
  columns: number,
): boolean {
  for (let column = 0; column < columns; column++) {
    if (cells[column] !== previous[column]) return false;
  }
  return true;
}

/** The text of several key cells, or `null` when all of them are blank. */
function joinedKey(
  cells: ReadonlyArray<unknown>,
  row: number,
  keyText: (cell: unknown, row: number) => string | null,
): string | null {
  let joined = '';
  let blank = true;
  for (let column = 0; column < cells.length; column++) {
    const text = keyText(cells[column], row);
    if (text !== null) blank = false;
    joined = column === 0 ? (text ?? '') : `${joined}${KEY_SEPARATOR}${text ?? ''}`;
  }
  return blank ? null : joined;
}

/** Reads one key cell as its comparison text, or `null` for a blank cell. */
function keyTextReader(timeZone: TimeZoneSource): (cell: unknown, row: number) => string | null {
  let zone: string | null = null;
  return (cell, row) => {
    if (typeof cell === 'string') {
      const text = cell.trim();
      return text === '' ? null : text;
    }
    if (typeof cell === 'number') return plainDecimal(cell);
    if (isBlankCell(cell)) return null;
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    if (isDateValue(cell)) {
      zone ??= timeZone();
      const date = readCalendarDate(cell, zone, `Key in row ${row + 1}`);
      return date === null ? null : formatCalendarDate(date);
    }
    throw new KpiInputError(
      `Key in row ${row + 1} is ${describeCell(cell)} — keys must be text, numbers or dates.`,
    );
  };
}

/**
 * A number as plain decimal text, never in exponent form, so a key typed as 0.0000001 matches
 * its text.
 *
 * @example
 * plainDecimal(1e-7) // '0.0000001'
 */
export function plainDecimal(value: number): string {
  const text = `${value}`;
  const exponentAt = text.indexOf('e');
  if (exponentAt < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const pointAt = mantissa.indexOf('.');
  const digits = pointAt < 0 ? mantissa : mantissa.slice(0, pointAt) + mantissa.slice(pointAt + 1);
  const point = (pointAt < 0 ? mantissa.length : pointAt) + exponent;
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

/** The share of expected KPIs that must be scored: a fraction from 0 to 1, default 1. */
function readMinCoverage(value: unknown): number {
  if (isBlankCell(value)) return 1;
  if (isArray(value)) {
    throw new KpiInputError('min_coverage is a range — enter one fraction, such as 0.75 or 75%.');
  }
  const coverage = readNumber(value, 'min_coverage');
  if (coverage < 0 || coverage > 1) {
    throw new KpiInputError(
      `min_coverage is ${coverage} — enter a fraction from 0 to 1, such as 0.75 or 75% (default 1: every expected KPI scored).`,
    );
  }
  return coverage;
}

/** A range argument as rows of cells (a single cell as a 1×1 range), checked to be rectangular. */
function asGrid(value: unknown, name: string): CellGrid {
  if (!isArray(value)) return [[value]];
  const grid = value as CellGrid;
  const first = grid[0];
  if (grid.length === 0 || !isArray(first) || first.length === 0) {
    throw new KpiInputError(`${name} is an empty range — select at least one cell.`);
  }
  const columns = first.length;
  for (let row = 1; row < grid.length; row++) {
    const cells = grid[row];
    if (!isArray(cells) || cells.length !== columns) {
      throw new KpiInputError(
        `${name} is not a rectangular range (row ${row + 1} differs) — select a block of cells.`,
      );
    }
  }
  return grid;
}

/** A one-column argument of the same height as the keys. */
function asColumn(value: unknown, name: string, rows: number): CellGrid {
  const grid = asGrid(value, name);
  const columns = (grid[0] as ReadonlyArray<unknown>).length;
  if (grid.length !== rows) {
    throw new KpiInputError(
      `${name} has ${grid.length} row${grid.length === 1 ? '' : 's'} but keys has ${rows} — select the same rows for keys, scores and weights.`,
    );
  }
  if (columns !== 1) {
    throw new KpiInputError(`${name} has ${columns} columns — select a single column.`);
  }
  return grid;
}
