/**
 * The formulas that score people: one array formula per column of Scores (Score, Pace) and the
 * live block of Results (the KPIROLLUP of open periods with its lookups and rating). Each
 * column is one formula in one cell, whatever the number of people, so the custom-function cells
 * stay constant as the organisation grows.
 *
 * Decisions:
 * - Columns are given by letter, read from each sheet's header row when the formula is written;
 *   Sheets keeps references right when a person later moves or inserts columns.
 * - Ranges are open-ended (`M2:M`) so rows added later are scored without touching the formula,
 *   and an open-ended argument is exactly as tall as the sheet, so a spill never runs past it.
 * - The live Results block reads only open periods' Scores rows (a FILTER on the period's
 *   State): a closed period's Results rows are frozen as values when it closes, so at capacity
 *   KPIROLLUP works over one or two periods, not a year of them.
 * - Pace is judged only for open periods: a closed period's rows get the day before the period
 *   as their "as of", for which KPIPACE answers "".
 * - Only functions both Sheets and the playground's engine evaluate are used (see
 *   playground/README.md): FILTER, XLOOKUP, ARRAYFORMULA, IF, IFERROR.
 */
import { columnLetter } from './column-letter';
import {
  PEOPLE_SHEET,
  PERIODS_SHEET,
  REGISTER_SHEET,
  RESULTS_SHEET,
  SCORES_SHEET,
  type PeopleHeader,
  type PeriodsHeader,
  type RegisterHeader,
  type ResultsHeader,
  type ScoresHeader,
} from './sheet-layouts';

/** 1-based columns of the headers the formulas read, per sheet. */
export interface PeopleColumns {
  scores: Record<ScoresHeader, number>;
  results: Record<ResultsHeader, number>;
  periods: Record<PeriodsHeader, number>;
  people: Record<PeopleHeader, number>;
  register: Record<Extract<RegisterHeader, 'KPI ID' | 'Aggregation'>, number>;
}

/** A formula for one cell (1-based). */
export interface PlacedFormula {
  row: number;
  column: number;
  formula: string;
}

/** The first row of Scores' data, where its array formulas sit. */
export const SCORES_FORMULA_ROW = 2;

/**
 * Scores' two array formulas: Score (KPISCORE of each row's actual on its own snapshot) and Pace
 * (KPIPACE of open periods' rows as of `KPI_AS_OF`).
 *
 * @example scoresFormulas(columns)[0].formula // → '=KPISCORE(M2:M, J2:J, H2:H, I2:I, K2:K)'
 */
export function scoresFormulas(columns: PeopleColumns): PlacedFormula[] {
  const row = SCORES_FORMULA_ROW;
  const s = (header: ScoresHeader) => local(columns.scores[header], row);
  const period = periodLookup(columns, s('Period'));
  const asOf = `ARRAYFORMULA(IFERROR(IF(${period('State')}="Open", KPI_AS_OF, ${period('Starts')}-1), ""))`;
  const aggregation =
    `ARRAYFORMULA(IFERROR(XLOOKUP(${s('KPI ID')}, ${registerColumn(columns, 'KPI ID')}, ` +
    `${registerColumn(columns, 'Aggregation')}), ""))`;
  return [
    {
      row,
      column: columns.scores.Score,
      formula: `=KPISCORE(${s('Actual')}, ${s('Target')}, ${s('Direction')}, ${s('Threshold')}, ${s('Stretch')})`,
    },
    {
      row,
      column: columns.scores.Pace,
      formula:
        `=KPIPACE(${s('Actual')}, ${s('Target')}, ` +
        `ARRAYFORMULA(IFERROR(${period('Starts')}, "")), ARRAYFORMULA(IFERROR(${period('Ends')}, "")), ` +
        `${asOf}, ${s('Direction')}, ${aggregation}, ${s('Threshold')}, ${s('Stretch')})`,
    },
  ];
}

/**
 * The live block of Results starting at `firstRow`: the KPIROLLUP of open periods' Scores rows in
 * the first five columns, then Employee, Role, Manager and Department looked up in People, the
 * rating (or "Incomplete (n of m)" until the coverage setting is met), the previous period's
 * score and the change.
 *
 * @example resultsFormulas(columns, 2, 1)[0].formula.startsWith('=ARRAYFORMULA(IFERROR(KPIROLLUP(') // → true
 */
export function resultsFormulas(
  columns: PeopleColumns,
  firstRow: number,
  minCoverage: number,
): PlacedFormula[] {
  const r = (header: ResultsHeader) => local(columns.results[header], firstRow);
  const whole = (header: ResultsHeader) => column(RESULTS_SHEET, columns.results[header], 2, true);
  const scores = (header: ScoresHeader) => column(SCORES_SHEET, columns.scores[header], 2, true);
  const open = `${periodLookupOf(columns, scores('Period'))('State')}="Open"`;
  const keyColumns = [columns.scores.Period, columns.scores['Employee ID']];
  const keys =
    keyColumns[1] === (keyColumns[0] ?? 0) + 1
      ? `FILTER(${sheetRef(SCORES_SHEET)}!$${columnLetter(columns.scores.Period)}$2:$${columnLetter(columns.scores['Employee ID'])}, ${open})`
      : `{FILTER(${scores('Period')}, ${open}), FILTER(${scores('Employee ID')}, ${open})}`;
  const person = (header: PeopleHeader) =>
    `XLOOKUP(${r('Employee ID')}, ${column(PEOPLE_SHEET, columns.people['Employee ID'], 2, true)}, ` +
    `${column(PEOPLE_SHEET, columns.people[header], 2, true)}, "")`;
  const managerName =
    `IFERROR(XLOOKUP(${person('Manager email')}, ${column(PEOPLE_SHEET, columns.people.Email, 2, true)}, ` +
    `${column(PEOPLE_SHEET, columns.people.Name, 2, true)}), ${person('Manager email')})`;
  const blankOr = (value: string) =>
    `=ARRAYFORMULA(IF(${r('Employee ID')}="", "", IFERROR(${value}, "")))`;
  const previousPeriod =
    `XLOOKUP(${periodLookupOf(columns, r('Period'))('Starts')}-1, ` +
    `${column(PERIODS_SHEET, columns.periods.Ends, 2, true)}, ${column(PERIODS_SHEET, columns.periods.Period, 2, true)}, "")`;
  const score = r('Weighted score');
  const scored = r('KPIs scored');
  const expected = r('KPIs expected');
  return [
    {
      row: firstRow,
      column: columns.results.Period,
      formula:
        `=ARRAYFORMULA(IFERROR(KPIROLLUP(${keys}, FILTER(${scores('Score')}, ${open}), ` +
        `FILTER(${scores('Weight')}, ${open}), ${minCoverage}), ""))`,
    },
    { row: firstRow, column: columns.results.Employee, formula: blankOr(person('Name')) },
    { row: firstRow, column: columns.results.Role, formula: blankOr(person('Role')) },
    { row: firstRow, column: columns.results.Manager, formula: blankOr(managerName) },
    { row: firstRow, column: columns.results.Department, formula: blankOr(person('Department')) },
    {
      row: firstRow,
      column: columns.results.Rating,
      formula:
        `=ARRAYFORMULA(IF(${r('Employee ID')}="", "", IF(${expected}=0, "", ` +
        `IF(${score}="", "Incomplete ("&${scored}&" of "&${expected}&")", KPIRATING(${score})))))`,
    },
    {
      row: firstRow,
      column: columns.results['Previous score'],
      formula: blankOr(
        `XLOOKUP(${r('Employee ID')}&"|"&${previousPeriod}, ` +
          `${whole('Employee ID')}&"|"&${whole('Period')}, ${whole('Weighted score')}, "")`,
      ),
    },
    {
      row: firstRow,
      column: columns.results.Change,
      formula: blankOr(
        `IF((${score}="")+(${r('Previous score')}=""), "", ${score}-${r('Previous score')})`,
      ),
    },
  ];
}

/** A lookup of a Periods column for a column of period labels. */
function periodLookup(columns: PeopleColumns, labels: string): (header: PeriodsHeader) => string {
  return periodLookupOf(columns, labels);
}

function periodLookupOf(columns: PeopleColumns, labels: string): (header: PeriodsHeader) => string {
  const key = column(PERIODS_SHEET, columns.periods.Period, 2, true);
  return (header) =>
    `XLOOKUP(${labels}, ${key}, ${column(PERIODS_SHEET, columns.periods[header], 2, true)})`;
}

function registerColumn(columns: PeopleColumns, header: keyof PeopleColumns['register']): string {
  return column(REGISTER_SHEET, columns.register[header], 2, true);
}

/** `M2:M` on the formula's own sheet. */
function local(number: number, row: number): string {
  const letter = columnLetter(number);
  return `${letter}${row}:${letter}`;
}

/** `'Sheet'!$C$2:$C`, an open-ended column below its header on another sheet. */
function column(sheet: string, number: number, row: number, absolute: boolean): string {
  const letter = columnLetter(number);
  const dollar = absolute ? '$' : '';
  return `${sheetRef(sheet)}!${dollar}${letter}${dollar}${row}:${dollar}${letter}`;
}

function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
