/**
 * The grid of a role scorecard sheet, computed from a role template so it can be tested without a
 * spreadsheet. The server writes it in a handful of batch calls: one `setValues` for the whole
 * grid, one `setFormulas` for the formula block, and `setNumberFormats` and `setFontWeights` on the
 * same grid range, `setDataValidations` there too for the percent KPIs' actuals, plus the frozen
 * rows and the width of the KPI column.
 *
 * Layout (rows 1-based, columns A…):
 * ```
 * 1  Role scorecard | <role>
 * 2  Job summary    | <summary>
 * 3  Objectives     | OBJ-001 — <objective>  (one line per objective, in one cell)
 * 4  How to use     | <two short sentences>
 * 5  (blank)
 * 6  KPI | Category | Unit | Direction | Threshold | Target | Stretch | Weight | Q1 actual … | Q1 score …
 * 7  first KPI; each score column's only KPISCORE, over the whole table:
 *    =KPISCORE(I7:I14, $F$7:$F$14, $D$7:$D$14, $E$7:$E$14, $G$7:$G$14)
 * 8… the other KPIs; their score cells stay empty for that formula's results to spill into
 *    Weighted score   row: =KPIWEIGHTED(score column, weight column) under each score column
 *    Rating           row: =KPIRATING(weighted score) under each score column
 * ```
 * One array formula per period rather than one per KPI row: Sheets runs every custom-function
 * cell as a separate server execution (slow, and counted against quotas) on each recalculation,
 * so a 12-KPI, 4-period card recalculates with 4 executions instead of 48. KPISCORE pairs the
 * ranges row by row and marks a bad row `#KPI! <reason>` without blanking the column (docs/custom-functions.md).
 *
 * Rows 1–6 are frozen so the table header stays in view. Weights are written as fractions with a
 * percent format (25% is 0.25), which KPIWEIGHTED accepts as it accepts any consistent scale.
 * Percent KPIs are kept the same way (docs/sheets.md): their threshold, target, stretch and actual cells
 * are fractions with a percent format, so a manager who types `93%` enters 0.93 and sees 93.00%.
 * Blank threshold and stretch cells reach KPISCORE as "" and mean "use the default".
 */
import { TEXT_FORMAT, toCellText } from './cell-text';
import { columnLetter } from './column-letter';
import { objectiveLabel } from './objective-label';
import { isPercentUnit } from './percent-scale';
import {
  actualsHeader,
  SCORECARD_FIXED_HEADERS,
  SCORECARD_TABLE_HEADER_ROW,
  SCORECARD_TITLE,
  SCORECARD_TOTAL_LABEL,
} from './scorecard-shape';
import type { KpiDefinition, Objective, RoleTemplate } from './types';
import { weightAsFraction } from './weights';

// Reading scorecards back, carrying actuals over and naming their sheets live in their own
// modules; they are re-exported here for the modules that import them from the layout.
export { carryOverActuals } from './carry-over-actuals';
export { columnLetter } from './column-letter';
export { objectiveLabel } from './objective-label';
export { isPercentUnit } from './percent-scale';
export {
  readScorecardContent,
  sameScorecardContent,
  scorecardContentOf,
  type ScorecardContent,
  type ScorecardKpiRow,
} from './scorecard-content';
export {
  MAX_SHEET_NAME_LENGTH,
  scorecardSheetName,
  versionedSheetName,
} from './scorecard-sheet-names';
export {
  SCORECARD_FIXED_HEADERS,
  SCORECARD_TABLE_HEADER_ROW,
  SCORECARD_TITLE,
} from './scorecard-shape';

/** The row under the weighted score that counts the KPIs scored out of those expected. */
export const SCORECARD_COVERAGE_LABEL = 'KPIs scored';
export { weightAsFraction } from './weights';

/** What a scorecard cell holds before a formula is written over it (or an actual carried over). */
export type ScorecardValue = string | number | boolean | Date;

export type FontWeight = 'bold' | 'normal';

/** A block of cells anchored at a 1-based row and column. */
export interface CellBlock<T> {
  row: number;
  column: number;
  cells: T[][];
}

export interface ScorecardLayout {
  /** Every cell of the scorecard from A1; text already neutralised, '' where formulas go. */
  values: ScorecardValue[][];
  /** Same shape as `values`. */
  fontWeights: FontWeight[][];
  /**
   * The formulas, one block from the first score cell to the last rating: each score column's
   * KPISCORE in the first KPI row, '' in the KPI rows below it (where its results spill), then
   * the weighted totals and the ratings.
   */
  formulas: CellBlock<string>;
  /**
   * Same shape as `values`: plain text for labels and names, measures and percents for the
   * table's numbers, so one `setNumberFormats` on the grid range formats everything.
   */
  numberFormats: string[][];
  /**
   * Same shape as `values`: on each actual cell of a percent KPI, a custom formula that is false
   * when the actual looks like a whole percent typed without its "%" (93 is 9300% and would score
   * the cap against a target of 95%); `null` elsewhere. The formula is written as seen from its
   * own cell (see {@link percentEntryCheck}).
   */
  percentEntryChecks: Array<Array<string | null>>;
  frozenRows: number;
  /** Width in pixels of column A, which holds the KPI names. */
  kpiColumnWidth: number;
  /** Where the table sits, for readers and tests. */
  table: {
    headerRow: number;
    firstKpiRow: number;
    lastKpiRow: number;
    totalRow: number;
    /** "n of m": KPIs scored out of those expected (not N/A) per period. */
    coverageRow: number;
    ratingRow: number;
    /** 1-based column of each period's actuals and scores, in period order. */
    actualColumns: number[];
    scoreColumns: number[];
  };
}

const COLUMN = {
  direction: 4,
  threshold: 5,
  target: 6,
  stretch: 7,
  weight: 8,
} as const;

export const SCORE_FORMAT = '0%';
export const WEIGHT_FORMAT = '0%';
/** Weights with hundredths of a percent (33.33%) need two decimals to show truthfully. */
export const FRACTIONAL_WEIGHT_FORMAT = '0.00%';
export const MEASURE_FORMAT = '#,##0.00';
/**
 * Percent KPIs' numbers are fractions shown as percents: Sheets' own percent format (Format ›
 * Number › Percent), whose two decimals also show targets such as 99.95%.
 */
export const PERCENT_FORMAT = '0.00%';

/**
 * Column A's width bounds in pixels. Sheets' default 100 px cuts most KPI names short; the widest
 * stops a very long name from pushing the actuals off screen (its cell then clips).
 */
const KPI_COLUMN_MIN_WIDTH = 220;
const KPI_COLUMN_MAX_WIDTH = 360;
/** About what a character of Sheets' default 10 pt Arial takes, and the cell's padding. */
const PIXELS_PER_CHARACTER = 7;
const CELL_PADDING = 10;

/** Shown beside a percent KPI's actual cell when its value looks like a whole percent. */
export const PERCENT_ENTRY_HELP = 'Type percents with their % sign: 93% — a plain 93 means 9300%.';
/**
 * A percent actual above both 100% and this many times its target is taken for a whole percent
 * typed without its "%": real actuals beyond that are rare (quota attainment at 300% is possible,
 * 9300% is not), and the check only warns.
 */
const WHOLE_PERCENT_ACTUAL_FACTOR = 3;

const TABLE_HEADER_ROW = SCORECARD_TABLE_HEADER_ROW;
const HOW_TO_USE =
  'Enter each period’s actual values; scores, the weighted score and the rating update by themselves. ' +
  'The score columns fill themselves from one formula in the first KPI row — don’t type in them. ' +
  'For % KPIs type the % sign: 93%. Type N/A where a KPI does not apply this period: it is left ' +
  'out, not scored 0. The rating waits until every KPI that applies is scored. For a range KPI, ' +
  'Target and Stretch hold its ideal band (from … to …); the threshold sets how far outside the ' +
  'band, on either side, the score falls to 0.';

/**
 * Computes the scorecard grid for a role whose KPIs and objectives already carry their IDs.
 *
 * @example scorecardLayout(template).formulas.cells[0][0] // → '=KPISCORE(I7:I14, $F$7:$F$14, $D$7:$D$14, $E$7:$E$14, $G$7:$G$14)' for 8 KPIs
 */
export function scorecardLayout(template: RoleTemplate): ScorecardLayout {
  if (template.kpis.length === 0) {
    throw new Error('A scorecard needs at least one KPI — add KPIs to the role first.');
  }
  if (template.periods.length === 0) {
    throw new Error('A scorecard needs at least one period — add one such as "Q1".');
  }
  const periods = template.periods;
  const fixedCount = SCORECARD_FIXED_HEADERS.length;
  const width = fixedCount + 2 * periods.length;
  const actualColumns = periods.map((_period, index) => fixedCount + 1 + index);
  const scoreColumns = periods.map((_period, index) => fixedCount + periods.length + 1 + index);
  const firstKpiRow = TABLE_HEADER_ROW + 1;
  const lastKpiRow = TABLE_HEADER_ROW + template.kpis.length;
  const totalRow = lastKpiRow + 1;
  const coverageRow = lastKpiRow + 2;
  const ratingRow = lastKpiRow + 3;

  const values: ScorecardValue[][] = [];
  const fontWeights: FontWeight[][] = [];
  const addRow = (cells: ScorecardValue[], bold: (column: number) => boolean): void => {
    const row = Array.from({ length: width }, (_unused, index) => cells[index] ?? '');
    values.push(row);
    fontWeights.push(row.map((_cell, index) => (bold(index + 1) ? 'bold' : 'normal')));
  };
  const labelBold = (column: number): boolean => column === 1;

  addRow([SCORECARD_TITLE, toCellText(template.role)], (column) => column <= 2);
  addRow(['Job summary', toCellText(template.jobSummary)], labelBold);
  addRow(['Objectives', objectivesText(template.objectives)], labelBold);
  addRow(['How to use', HOW_TO_USE], labelBold);
  addRow([], () => false);
  addRow(
    [
      ...SCORECARD_FIXED_HEADERS,
      ...periods.map((period) => toCellText(actualsHeader(period))),
      ...periods.map((period) => toCellText(`${period} score`)),
    ],
    () => true,
  );
  for (const kpi of template.kpis) addRow(kpiCells(kpi), labelBold);
  addRow([SCORECARD_TOTAL_LABEL], labelBold);
  addRow([SCORECARD_COVERAGE_LABEL], labelBold);
  addRow(['Rating'], labelBold);

  const kpiRange = (column: number): string =>
    `${cell(column, firstKpiRow)}:${cell(column, lastKpiRow)}`;
  const fixedRange = (column: number): string =>
    `$${columnLetter(column)}$${firstKpiRow}:$${columnLetter(column)}$${lastKpiRow}`;
  const formulas: string[][] = [
    actualColumns.map(
      (actual) =>
        `=KPISCORE(${kpiRange(actual)}, ${fixedRange(COLUMN.target)}, ` +
        `${fixedRange(COLUMN.direction)}, ${fixedRange(COLUMN.threshold)}, ` +
        `${fixedRange(COLUMN.stretch)})`,
    ),
  ];
  // Blank, not a formula: the KPISCORE above spills into these cells, and anything written here
  // would block it (Sheets then shows #REF! in the formula cell).
  for (let row = firstKpiRow + 1; row <= lastKpiRow; row++)
    formulas.push(scoreColumns.map(() => ''));
  formulas.push(
    scoreColumns.map((score) => `=KPIWEIGHTED(${kpiRange(score)}, ${fixedRange(COLUMN.weight)})`),
  );
  // KPIs expected are those not N/A (KPISCORE answers "N/A" for them); numeric scores count.
  const scored = (score: number) => `COUNT(${kpiRange(score)})`;
  const expected = (score: number) =>
    `(ROWS(${kpiRange(score)})-COUNTIF(${kpiRange(score)}, "N/A"))`;
  formulas.push(scoreColumns.map((score) => `=${scored(score)}&" of "&${expected(score)}`));
  // One KPI entered out of eight does not rate the period: it reads Incomplete until all are in.
  formulas.push(
    scoreColumns.map(
      (score) =>
        `=IF(${expected(score)}=0, "", IF(${scored(score)}<${expected(score)}, ` +
        `"Incomplete ("&${scored(score)}&" of "&${expected(score)}&")", ` +
        `KPIRATING(${cell(score, totalRow)})))`,
    ),
  );

  const numberFormats = values.map((cells, rowIndex) =>
    cells.map((_cell, columnIndex) => {
      const row = rowIndex + 1;
      const column = columnIndex + 1;
      if (row < firstKpiRow || column < COLUMN.threshold) return TEXT_FORMAT;
      const kpi = template.kpis[row - firstKpiRow];
      if (column === COLUMN.weight) return weightFormat(kpi);
      if (column > fixedCount + periods.length) return SCORE_FORMAT;
      const measure = kpi && isPercentUnit(kpi.unit) ? PERCENT_FORMAT : MEASURE_FORMAT;
      // A range KPI's target and stretch are the edges of its ideal band, and say so.
      if (kpi?.direction === 'range' && column === COLUMN.target) return `"Band from "${measure}`;
      if (kpi?.direction === 'range' && column === COLUMN.stretch) return `"Band to "${measure}`;
      return measure;
    }),
  );

  const percentEntryChecks = values.map((cells, rowIndex) =>
    cells.map((_cell, columnIndex) => {
      const row = rowIndex + 1;
      const column = columnIndex + 1;
      const kpi = template.kpis[row - firstKpiRow];
      return kpi && isPercentUnit(kpi.unit) && actualColumns.includes(column)
        ? percentEntryCheck(row, column)
        : null;
    }),
  );

  return {
    values,
    fontWeights,
    formulas: { row: firstKpiRow, column: scoreColumns[0] ?? width, cells: formulas },
    percentEntryChecks,
    numberFormats,
    frozenRows: TABLE_HEADER_ROW,
    kpiColumnWidth: kpiColumnWidth(template.kpis),
    table: {
      headerRow: TABLE_HEADER_ROW,
      firstKpiRow,
      lastKpiRow,
      totalRow,
      coverageRow,
      ratingRow,
      actualColumns,
      scoreColumns,
    },
  };
}

/**
 * The data-validation formula for one percent KPI's actual cell: true unless the cell holds a
 * number above 100% that is also more than three times the KPI's target — a whole percent typed
 * without its "%" (93 rather than 93%). Blank cells, text such as N/A and plausible percents pass.
 *
 * Sheets reads a custom formula's relative references from the top-left cell of the range the
 * rule is applied to. The server gives every cell its own rule (one `setDataValidations` matrix),
 * so each rule's range is its own cell and the formula is written as seen from there: the rule on
 * I7 names I7, and $F7 for the target in the same row (column fixed, so a copy to another period
 * still reads the target). A formula written once for the whole block would be read from its
 * top-left cell instead.
 *
 * The test sits inside IF(ISNUMBER(…)) because Sheets' OR evaluates every argument, and ABS of a
 * text such as N/A would make the whole rule an error.
 *
 * @example percentEntryCheck(7, 9) // → '=IF(ISNUMBER(I7), ABS(I7)<=MAX(1, 3*ABS($F7)), TRUE)'
 */
export function percentEntryCheck(row: number, column: number): string {
  const actual = cell(column, row);
  const target = `$${columnLetter(COLUMN.target)}${row}`;
  return `=IF(ISNUMBER(${actual}), ABS(${actual})<=MAX(1, ${WHOLE_PERCENT_ACTUAL_FACTOR}*ABS(${target})), TRUE)`;
}

function kpiColumnWidth(kpis: readonly KpiDefinition[]): number {
  const longest = Math.max(...kpis.map((kpi) => kpi.name.trim().length));
  const fit = longest * PIXELS_PER_CHARACTER + CELL_PADDING;
  return Math.min(KPI_COLUMN_MAX_WIDTH, Math.max(KPI_COLUMN_MIN_WIDTH, fit));
}

function cell(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

function objectivesText(objectives: readonly Objective[]): string {
  if (objectives.length === 0) return 'None linked yet — add objectives in the wizard.';
  // One cell keeps the header block a fixed height, so the table header row never moves.
  return toCellText(objectives.map(objectiveLabel).join('\n'));
}

function kpiCells(kpi: KpiDefinition): ScorecardValue[] {
  return [
    toCellText(kpi.name),
    toCellText(kpi.category),
    toCellText(kpi.unit),
    kpi.direction,
    kpi.threshold ?? '',
    kpi.target,
    kpi.stretch ?? '',
    weightAsFraction(kpi.weight),
  ];
}

function weightFormat(kpi: KpiDefinition | undefined): string {
  if (!kpi) return WEIGHT_FORMAT;
  return Number.isInteger(kpi.weight) ? WEIGHT_FORMAT : FRACTIONAL_WEIGHT_FORMAT;
}
