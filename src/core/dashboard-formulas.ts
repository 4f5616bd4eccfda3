/**
 * The KPI Dashboard's formulas: the key figures at the top and one formula per column of the
 * tables the charts read, all built-in functions over Results, Periods and the KPI Register, so
 * the tables follow the data as it changes — no refresh needed.
 *
 * Decisions:
 * - Only functions both Sheets and the playground's engine evaluate (playground/README.md):
 *   FILTER, SORT, UNIQUE, ARRAYFORMULA, COUNTIFS, SUMIFS, INDEX, XLOOKUP, MAX, IF, IFERROR,
 *   array literals.
 *   An average is SUMIFS ÷ COUNTIFS rather than AVERAGEIFS, which Sheets does not spread over
 *   an ARRAYFORMULA.
 * - Every spilling formula is an ARRAYFORMULA around IFERROR: Sheets spreads IFERROR over an
 *   array either way, and the playground's engine only inside ARRAYFORMULA.
 * - Each table's first column is one spilling list (periods sorted by Ends; departments and roles
 *   of the latest period, sorted); every other column counts against `FILTER(list, list<>"")`,
 *   which is exactly as tall as the list, so the columns end where the list ends.
 * - A weighted score counts when it is a number (`">=0"`: scores are never negative), so
 *   `Incomplete` rows (score "") and `#KPI!` rows are left out of averages and "People rated".
 * - The latest period — the one the key figures and the department and role tables show — is
 *   the last Closed period by Ends, whose results are final: an open period's averages move
 *   with every actual typed and cover only the people scored so far. Until a period closes it
 *   is the last period with at least one weighted score.
 * - Columns of the other sheets are given by letter, read from their header rows when the
 *   formulas are written; Sheets keeps the references right when a person later moves or inserts
 *   columns.
 * - Department and role names are criteria of COUNTIFS and SUMIFS, so a name starting with `<`,
 *   `>` or `=`, or holding `*` or `?`, is read as Sheets reads criteria.
 */
import { columnLetter } from './column-letter';
import {
  AVERAGE_SCORE_HEADER,
  dashboardTable,
  FIGURE_LABELS,
  FIGURE_ROW,
  INCOMPLETE_LABEL,
  RATING_LABELS,
  REVIEW_STATUS_LABELS,
  TABLE_BODY_ROW,
  type FigureLabel,
} from './dashboard-layout';
import {
  AS_OF_RANGE_NAME,
  PERIODS_SHEET,
  REGISTER_SHEET,
  RESULTS_SHEET,
  type PeriodsHeader,
  type RegisterHeader,
  type ResultsHeader,
} from './sheet-layouts';

/** The Results columns the dashboard reads. */
export const DASHBOARD_RESULTS_HEADERS = [
  'Period',
  'Weighted score',
  'Role',
  'Department',
  'Rating',
] as const satisfies readonly ResultsHeader[];
/** The Periods columns the dashboard reads. */
export const DASHBOARD_PERIODS_HEADERS = [
  'Period',
  'Ends',
  'State',
] as const satisfies readonly PeriodsHeader[];

/** 1-based columns of the headers the formulas read, per sheet. */
export interface DashboardSourceColumns {
  results: Record<(typeof DASHBOARD_RESULTS_HEADERS)[number], number>;
  periods: Record<Extract<PeriodsHeader, 'Period' | 'Ends' | 'State'>, number>;
  register: Record<Extract<RegisterHeader, 'Review status'>, number>;
}

/** The formulas of the two formula rows, by 1-based column. */
export interface DashboardFormulas {
  /** Row FIGURE_ROW, from column 1: one formula per key figure. */
  figures: string[];
  /** Row TABLE_BODY_ROW, from column `tablesFrom`: '' between tables. */
  tables: string[];
  /** The first column of `tables`. */
  tablesFrom: number;
}

/**
 * The dashboard's formulas for the given source columns.
 *
 * @example dashboardFormulas(columns).figures[0] // '=KPI_AS_OF'
 */
export function dashboardFormulas(columns: DashboardSourceColumns): DashboardFormulas {
  const results = (header: keyof DashboardSourceColumns['results']) =>
    openColumn(RESULTS_SHEET, columns.results[header]);
  const period = results('Period');
  const score = results('Weighted score');
  const reviewStatus = openColumn(REGISTER_SHEET, columns.register['Review status']);
  const periodsTable = dashboardTable('periods');
  const localColumn = (column: number) => {
    const letter = columnLetter(column);
    return `$${letter}$${TABLE_BODY_ROW}:$${letter}`;
  };
  const listOf = (column: number) => `FILTER(${localColumn(column)}, ${localColumn(column)}<>"")`;
  const latest = `$${columnLetter(2)}$${FIGURE_ROW}`;
  const spread = (expression: string) => `=ARRAYFORMULA(IFERROR(${expression}, ""))`;

  // Ratings and weighted scores by period.
  const periods = listOf(periodsTable.column);
  const periodLabel = openColumn(PERIODS_SHEET, columns.periods.Period);
  const periodEnds = openColumn(PERIODS_SHEET, columns.periods.Ends);
  const ratedIn = `COUNTIFS(${period}, ${periods}, ${score}, ">=0")`;
  // Ordered by end date. One period alone is not sorted: a one-cell sort column would read as a
  // column number, and the first quarter of use must show its period.
  const periodList = `FILTER(${periodLabel}, ${periodLabel}<>"")`;
  const periodCells = [
    spread(
      `IF(ROWS(${periodList})=1, ${periodList}, SORT(${periodList}, FILTER(${periodEnds}, ${periodLabel}<>""), TRUE))`,
    ),
    ...RATING_LABELS.map((label) =>
      spread(`COUNTIFS(${period}, ${periods}, ${results('Rating')}, ${quote(label)})`),
    ),
    spread(
      `COUNTIFS(${period}, ${periods}, ${results('Rating')}, ${quote(`${INCOMPLETE_LABEL}*`)})`,
    ),
    spread(`SUMIFS(${score}, ${period}, ${periods}) / ${ratedIn}`),
    spread(ratedIn),
  ];

  // Average weighted score by department and by role in the latest period.
  const byGroup = (key: 'departments' | 'roles', group: string) => {
    const groups = listOf(dashboardTable(key).column);
    const rated = `COUNTIFS(${period}, ${latest}, ${group}, ${groups}, ${score}, ">=0")`;
    return [
      spread(`SORT(UNIQUE(FILTER(${group}, ${period}=${latest}, ${group}<>"")))`),
      spread(`SUMIFS(${score}, ${period}, ${latest}, ${group}, ${groups}) / ${rated}`),
      spread(rated),
    ];
  };

  const statusTable = dashboardTable('reviewStatus');
  const statusLetter = columnLetter(statusTable.column);
  const statusLabels = `$${statusLetter}$${TABLE_BODY_ROW}:$${statusLetter}$${TABLE_BODY_ROW + REVIEW_STATUS_LABELS.length - 1}`;
  const statusCells = [
    `={${REVIEW_STATUS_LABELS.map(quote).join(';')}}`,
    `=ARRAYFORMULA(COUNTIFS(${reviewStatus}, ${statusLabels}))`,
  ];

  const placed: Array<{ column: number; cells: string[] }> = [
    { column: periodsTable.column, cells: periodCells },
    {
      column: dashboardTable('departments').column,
      cells: byGroup('departments', results('Department')),
    },
    { column: dashboardTable('roles').column, cells: byGroup('roles', results('Role')) },
    { column: statusTable.column, cells: statusCells },
  ];
  const tablesFrom = periodsTable.column;
  const tables: string[] = [];
  for (const { column, cells } of placed) {
    while (tablesFrom + tables.length < column) tables.push('');
    tables.push(...cells);
  }

  const averageColumn = periodsTable.column + periodsTable.headers.indexOf(AVERAGE_SCORE_HEADER);
  const periodState = openColumn(PERIODS_SHEET, columns.periods.State);
  const closed = `${periodState}="Closed"`;
  // The period whose Ends is the latest of the closed ones (SORT of a one-row list fails in the
  // playground's engine; MAX does not).
  const latestClosed = `XLOOKUP(MAX(FILTER(${periodEnds}, ${closed})), ${periodEnds}, ${periodLabel})`;
  const latestScored = `INDEX(FILTER(${localColumn(periodsTable.column)}, ${localColumn(averageColumn)}<>""), COUNTIF(${localColumn(averageColumn)}, ">=0"))`;
  const latestPeriod = `=IFERROR(${latestClosed}, IFERROR(${latestScored}, ""))`;
  const ratedLatest = `COUNTIFS(${period}, ${latest}, ${score}, ">=0")`;
  const figure: Record<FigureLabel, string> = {
    'As of': `=${AS_OF_RANGE_NAME}`,
    'Latest period': latestPeriod,
    'People rated': `=IF(${latest}="", "", ${ratedLatest})`,
    'Average score': `=IF(${latest}="", "", IFERROR(SUMIFS(${score}, ${period}, ${latest}) / ${ratedLatest}, ""))`,
    'KPIs overdue': `=COUNTIFS(${reviewStatus}, "Overdue")`,
    'KPIs due soon': `=COUNTIFS(${reviewStatus}, "Due soon")`,
  };
  return { figures: FIGURE_LABELS.map((label) => figure[label]), tables, tablesFrom };
}

/** `'Results'!$C$2:$C`: a column of another sheet below its header, open-ended. */
function openColumn(sheet: string, column: number): string {
  const letter = columnLetter(column);
  return `'${sheet.replace(/'/g, "''")}'!$${letter}$2:$${letter}`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
