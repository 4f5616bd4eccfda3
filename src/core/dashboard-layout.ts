/**
 * Where everything sits on the KPI Dashboard: the title and key figures at the top, the charts
 * below them, and under the charts one band of tables side by side — target health (values the
 * refresh computes), then the tables the charts read (one formula per column, spilling down).
 *
 * Decisions:
 * - The tables stand side by side, all starting on the same row, so each can spill down as far
 *   as its data goes without running into another: a period, department or role added later
 *   shows at once, no refresh needed.
 * - Every formula of the tables sits in one row (the first body row), so one `setFormulas` writes
 *   them all; the key figures are a second formula row near the top.
 * - The tables the charts read have room for `bodyRows` rows: at least 100, and 20 more than the
 *   periods and roles known at the refresh. The charts' ranges cover that room, so a chart picks
 *   up new rows as the table grows.
 * - Column widths are the layout's, so the charts' pixel positions can be computed here and the
 *   charts land beside each other, never over one another.
 */
import { columnLetter } from './column-letter';
import { DEFAULT_RATING_BANDS } from './rating';
import { TARGET_HEALTH_HEADERS } from './target-health';

/** What A1 says. */
export const DASHBOARD_TITLE = 'KPI dashboard';
/** The line under the title: what updates by itself and what a refresh does. */
export const DASHBOARD_NOTE =
  'Charts and tables follow Results, Scores and the KPI Register as they change. ' +
  'Refresh dashboard recomputes target health and the As of date.';

export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const FIGURE_LABEL_ROW = 3;
export const FIGURE_ROW = 4;
/** The first row the charts cover. */
export const CHART_TOP_ROW = 6;
export const TABLE_TITLE_ROW = 39;
export const TABLE_HEADER_ROW = 40;
/** The first row of every table's body, where the tables' formulas sit. */
export const TABLE_BODY_ROW = 41;

/** The fewest body rows the charted tables keep. */
export const MIN_BODY_ROWS = 100;
/** Rows a table keeps beyond the periods or roles known at the refresh. */
const TABLE_ROOM_ROWS = 20;
/** Blank rows kept below the longest table, and blank columns right of the last one. */
export const ROOM_ROWS = 20;
export const ROOM_COLUMNS = 2;

/** The five default rating labels, lowest first, as KPIRATING writes them. */
export const RATING_LABELS: readonly string[] = DEFAULT_RATING_BANDS.map((band) => band.label);
/** The column of ratings not yet given: `Incomplete (n of m)` in Results. */
export const INCOMPLETE_LABEL = 'Incomplete';
export const AVERAGE_SCORE_HEADER = 'Average score';
export const PEOPLE_RATED_HEADER = 'People rated';
/** The review statuses of the register the status table counts, in its order. */
export const REVIEW_STATUS_LABELS = [
  'Overdue',
  'Due soon',
  'Up to date',
  'Never reviewed',
  'Retired',
] as const;

/** The key figures at the top: label row, then one formula each. */
export const FIGURE_LABELS = [
  'As of',
  'Latest period',
  'People rated',
  'Average score',
  'KPIs overdue',
  'KPIs due soon',
] as const;
export type FigureLabel = (typeof FIGURE_LABELS)[number];

export type DashboardTableKey = 'health' | 'periods' | 'departments' | 'roles' | 'reviewStatus';

/** One table of the band: where it starts, its title and headers, and its columns' widths. */
export interface DashboardTable {
  key: DashboardTableKey;
  /** 1-based first column. */
  column: number;
  title: string;
  headers: readonly string[];
  widths: readonly number[];
  /** Number format of each column's body ('' = Sheets' automatic format). */
  formats: readonly string[];
}

const SCORE_FORMAT = '0%';
const SHARE_FORMAT = '0%';
/** Most columns' width: wide enough for a rating label as a bold header. */
export const COLUMN_WIDTH = 140;
/** Width of the blank column between two tables. */
const GAP_WIDTH = 24;
const ROOM_WIDTH = COLUMN_WIDTH;

function repeat(count: number): number[] {
  return new Array<number>(count).fill(COLUMN_WIDTH);
}

interface TableShape {
  key: DashboardTableKey;
  title: string;
  headers: readonly string[];
  widths: readonly number[];
  formats: readonly string[];
}

const TABLE_SHAPES: readonly TableShape[] = [
  {
    key: 'health',
    title:
      'Target health: each Active KPI over its latest closed period with 5 or more people scored',
    headers: TARGET_HEALTH_HEADERS,
    widths: [COLUMN_WIDTH, 220, 170, ...repeat(6)],
    // Median and suggestion take each KPI's own format (see dashboard-target-health.ts).
    formats: ['', '', '', '0', SHARE_FORMAT, SHARE_FORMAT, '', '', ''],
  },
  {
    key: 'periods',
    title: 'Ratings and average weighted score by period',
    headers: [
      'Period',
      ...RATING_LABELS,
      INCOMPLETE_LABEL,
      AVERAGE_SCORE_HEADER,
      PEOPLE_RATED_HEADER,
    ],
    widths: repeat(9),
    formats: ['', '0', '0', '0', '0', '0', '0', SCORE_FORMAT, '0'],
  },
  {
    key: 'departments',
    title: 'Average weighted score by department, latest closed period',
    headers: ['Department', AVERAGE_SCORE_HEADER, PEOPLE_RATED_HEADER],
    widths: repeat(3),
    formats: ['', SCORE_FORMAT, '0'],
  },
  {
    key: 'roles',
    title: 'Average weighted score by role, latest closed period',
    headers: ['Role', AVERAGE_SCORE_HEADER, PEOPLE_RATED_HEADER],
    widths: repeat(3),
    formats: ['', SCORE_FORMAT, '0'],
  },
  {
    key: 'reviewStatus',
    title: 'Review status of the KPI Register',
    headers: ['Review status', 'KPIs'],
    widths: repeat(2),
    formats: ['', '0'],
  },
];

/** The band's tables, left to right, one blank column between two. */
export const DASHBOARD_TABLES: readonly DashboardTable[] = (() => {
  let column = 1;
  return TABLE_SHAPES.map((shape) => {
    const table = { ...shape, column };
    column += shape.headers.length + 1;
    return table;
  });
})();

/**
 * A table of the band by key.
 *
 * @example dashboardTable('periods').column // 11
 */
export function dashboardTable(key: DashboardTableKey): DashboardTable {
  const table = DASHBOARD_TABLES.find((candidate) => candidate.key === key);
  if (!table) throw new Error(`No dashboard table ${key}.`);
  return table;
}

/** The last column a table uses. */
export function lastColumnOf(table: DashboardTable): number {
  return table.column + table.headers.length - 1;
}

/** The last column of the band. */
export const LAST_TABLE_COLUMN = Math.max(...DASHBOARD_TABLES.map(lastColumnOf));

/** What the layout depends on beyond its fixed shape. */
export interface LayoutSize {
  /** Periods on the Periods sheet. */
  periods: number;
  /** Roles in the register. */
  roles: number;
  /** Rows of the target-health table. */
  healthRows: number;
}

/** The sheet's size and the charted tables' room. */
export interface DashboardGrid {
  /** Body rows the charted tables keep (their charts' ranges cover them). */
  bodyRows: number;
  rows: number;
  columns: number;
}

/**
 * How big the dashboard is for the data known at a refresh.
 *
 * @example dashboardGrid({ periods: 4, roles: 3, healthRows: 24 }).bodyRows // 100
 */
export function dashboardGrid(size: LayoutSize): DashboardGrid {
  const bodyRows = Math.max(
    MIN_BODY_ROWS,
    size.periods + TABLE_ROOM_ROWS,
    size.roles + TABLE_ROOM_ROWS,
  );
  return {
    bodyRows,
    rows: TABLE_BODY_ROW - 1 + Math.max(bodyRows, size.healthRows) + ROOM_ROWS,
    columns: LAST_TABLE_COLUMN + ROOM_COLUMNS,
  };
}

/**
 * The width of every column, 1-based (index 0 unused), gaps and room included.
 *
 * @example columnWidths()[1] // 90 (KPI ID)
 */
export function columnWidths(): number[] {
  const widths: number[] = [0];
  for (const table of DASHBOARD_TABLES) {
    widths.push(...table.widths);
    widths.push(GAP_WIDTH);
  }
  widths.pop();
  for (let room = 0; room < ROOM_COLUMNS; room++) widths.push(ROOM_WIDTH);
  return widths;
}

/**
 * The anchor cell and offset of a point `x` pixels from the sheet's left edge, given the
 * column widths.
 *
 * @example anchorOfPixel(100, [0, 90, 200]) // { column: 2, offsetX: 10 }
 */
export function anchorOfPixel(
  x: number,
  widths: readonly number[],
): { column: number; offsetX: number } {
  let left = 0;
  for (let column = 1; column < widths.length; column++) {
    const width = widths[column] ?? 0;
    if (x < left + width) return { column, offsetX: x - left };
    left += width;
  }
  return { column: widths.length - 1, offsetX: 0 };
}

/**
 * `K40:Q140`: a block of a table's columns from its header row through its body room.
 *
 * @example tableBlock(dashboardTable('reviewStatus'), 0, 2, 5) // 'AC40:AD45'
 */
export function tableBlock(
  table: DashboardTable,
  firstOffset: number,
  width: number,
  bodyRows: number,
): string {
  const first = columnLetter(table.column + firstOffset);
  const last = columnLetter(table.column + firstOffset + width - 1);
  return `${first}${TABLE_HEADER_ROW}:${last}${TABLE_HEADER_ROW + bodyRows}`;
}

/** The static text of the dashboard: rows 1 to the table header row, every column. */
export interface DashboardLabels {
  /** Rows 1..TABLE_HEADER_ROW, `columns` wide; '' where nothing (or a formula) goes. */
  values: string[][];
  /** 'bold' or 'normal' per cell of `values`. */
  fontWeights: Array<Array<'bold' | 'normal'>>;
  /** A background per cell of `values` (null = none). */
  backgrounds: Array<Array<string | null>>;
}

const HEADER_BACKGROUND = '#f1f3f4';
const FIGURE_BACKGROUND = '#e8f0fe';

/**
 * The dashboard's fixed text: title, note, key-figure labels, table titles and headers.
 *
 * @example dashboardLabels(120).values[0][0] // 'KPI dashboard'
 */
export function dashboardLabels(columns: number): DashboardLabels {
  const height = TABLE_HEADER_ROW;
  const values = Array.from({ length: height }, () => new Array<string>(columns).fill(''));
  const fontWeights = Array.from({ length: height }, () =>
    new Array<'bold' | 'normal'>(columns).fill('normal'),
  );
  const backgrounds = Array.from({ length: height }, () =>
    new Array<string | null>(columns).fill(null),
  );
  const put = (row: number, column: number, text: string, bold: boolean, fill: string | null) => {
    const at = column - 1;
    const line = values[row - 1];
    if (!line || at >= columns) return;
    line[at] = text;
    (fontWeights[row - 1] as Array<'bold' | 'normal'>)[at] = bold ? 'bold' : 'normal';
    (backgrounds[row - 1] as Array<string | null>)[at] = fill;
  };
  put(TITLE_ROW, 1, DASHBOARD_TITLE, true, null);
  put(NOTE_ROW, 1, DASHBOARD_NOTE, false, null);
  FIGURE_LABELS.forEach((label, index) => {
    put(FIGURE_LABEL_ROW, index + 1, label, false, FIGURE_BACKGROUND);
    put(FIGURE_ROW, index + 1, '', true, FIGURE_BACKGROUND);
  });
  for (const table of DASHBOARD_TABLES) {
    put(TABLE_TITLE_ROW, table.column, table.title, true, null);
    table.headers.forEach((header, offset) =>
      put(TABLE_HEADER_ROW, table.column + offset, header, true, HEADER_BACKGROUND),
    );
  }
  return { values, fontWeights, backgrounds };
}

/** The number format of each figure cell, in FIGURE_LABELS order. */
export const FIGURE_FORMATS: Readonly<Record<FigureLabel, string>> = {
  'As of': 'd mmm yyyy',
  'Latest period': '',
  'People rated': '0',
  'Average score': SCORE_FORMAT,
  'KPIs overdue': '0',
  'KPIs due soon': '0',
};

/**
 * Number formats for rows 1..`rows` of every column: the key figures' formats and each table's
 * column formats down its body; '' elsewhere (Sheets' automatic format).
 *
 * @example dashboardNumberFormats(160, 32)[40][17] // '0%' (a period's average weighted score)
 */
export function dashboardNumberFormats(rows: number, columns: number): string[][] {
  const formats = Array.from({ length: rows }, () => new Array<string>(columns).fill(''));
  FIGURE_LABELS.forEach((label, index) => {
    const line = formats[FIGURE_ROW - 1];
    if (line) line[index] = FIGURE_FORMATS[label];
  });
  for (const table of DASHBOARD_TABLES) {
    table.formats.forEach((format, offset) => {
      for (let row = TABLE_BODY_ROW; row <= rows; row++) {
        const line = formats[row - 1];
        if (line && table.column + offset <= columns) line[table.column + offset - 1] = format;
      }
    });
  }
  return formats;
}
