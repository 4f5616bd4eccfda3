/**
 * A scorecard as its sheet reads back: what it shows of the role and the actuals typed into it,
 * found by header text so a column a manager moved or added is still read right; and whether two
 * scorecards show the same role, which decides if a role edit needs a new scorecard version.
 */
import { storedValue } from './cell-text';
import { locateColumns, normaliseHeader } from './header-map';
import type { ScorecardLayout } from './scorecard-layout';
import {
  periodOfActualsHeader,
  SCORECARD_FIXED_HEADERS,
  SCORECARD_TABLE_HEADER_ROW,
  SCORECARD_TITLE,
  SCORECARD_TOTAL_LABEL,
} from './scorecard-shape';

/** A scorecard as its sheet reads: what it shows of the role, and the actuals typed into it. */
export interface ScorecardContent {
  role: string;
  jobSummary: string;
  objectives: string;
  /** Period labels from the "<period> actual" headers, in column order. */
  periods: string[];
  kpis: ScorecardKpiRow[];
}

export interface ScorecardKpiRow {
  /** The KPI table's fixed cells in {@link SCORECARD_FIXED_HEADERS} order ('' for a lost column). */
  shown: unknown[];
  /** One cell per period, in `periods` order ('' where nothing was typed). */
  actuals: unknown[];
}

/**
 * Reads a scorecard grid (as `getValues` returns it, from A1) by its header text, so a column a
 * manager moved or added is still read right; `null` when the grid is not a scorecard.
 *
 * @example readScorecardContent(sheetValues)?.periods // → ['Q1', 'Q2', 'Q3', 'Q4']
 */
export function readScorecardContent(
  grid: ReadonlyArray<readonly unknown[]>,
): ScorecardContent | null {
  const title = grid[0] ?? [];
  if (cellText(title[0]).trim() !== SCORECARD_TITLE) return null;
  const header = grid[SCORECARD_TABLE_HEADER_ROW - 1] ?? [];
  const { index } = locateColumns(header, SCORECARD_FIXED_HEADERS);
  const nameColumn = index.KPI;
  if (nameColumn === undefined) return null;
  const periods: string[] = [];
  const periodColumns: number[] = [];
  header.forEach((cell, column) => {
    const period = periodOfActualsHeader(cell);
    if (period === undefined) return;
    periods.push(period);
    periodColumns.push(column);
  });
  const kpis: ScorecardKpiRow[] = [];
  for (const row of grid.slice(SCORECARD_TABLE_HEADER_ROW)) {
    const name = cellText(row[nameColumn]).trim();
    if (normaliseHeader(name) === normaliseHeader(SCORECARD_TOTAL_LABEL)) break;
    if (!name) continue;
    kpis.push({
      shown: SCORECARD_FIXED_HEADERS.map((fixed) => {
        const column = index[fixed];
        return column === undefined ? '' : (row[column] ?? '');
      }),
      actuals: periodColumns.map((column) => row[column] ?? ''),
    });
  }
  return {
    role: cellText(title[1]),
    jobSummary: cellText(grid[1]?.[1]),
    objectives: cellText(grid[2]?.[1]),
    periods,
    kpis,
  };
}

/**
 * What a layout's sheet will read as once written (Sheets drops the apostrophes that keep text
 * from becoming formulas).
 *
 * @example scorecardContentOf(scorecardLayout(template)).kpis.length // → template.kpis.length
 */
export function scorecardContentOf(layout: ScorecardLayout): ScorecardContent {
  const content = readScorecardContent(layout.values.map((row) => row.map(storedValue)));
  if (!content) throw new Error('A scorecard layout always reads back as a scorecard.');
  return content;
}

/**
 * Whether two scorecards show the same role: title, job summary, objectives, periods, and the
 * same KPIs in the same order with the same fixed cells. Actuals, formats and formulas are not
 * compared: they are not what a role edit changes.
 *
 * @example sameScorecardContent(scorecardContentOf(layout), readScorecardContent(sheetValues)) // → true when an edit left the card as it is
 */
export function sameScorecardContent(a: ScorecardContent, b: ScorecardContent): boolean {
  const sameCells = (x: readonly unknown[], y: readonly unknown[]): boolean =>
    x.length === y.length && x.every((cell, index) => cellKey(cell) === cellKey(y[index]));
  return (
    sameCells([a.role, a.jobSummary, a.objectives], [b.role, b.jobSummary, b.objectives]) &&
    sameCells(a.periods, b.periods) &&
    a.kpis.length === b.kpis.length &&
    a.kpis.every((kpi, index) => sameCells(kpi.shown, b.kpis[index]?.shown ?? []))
  );
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Cells compare as Sheets shows them: a number typed as text "2024" is the number 2024. */
function cellKey(value: unknown): string {
  if (isDate(value)) return `date:${(value as Date).getTime()}`;
  return cellText(value).trim();
}

/** Dates may come from another realm (Apps Script objects), so `instanceof` cannot tell. */
function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}
