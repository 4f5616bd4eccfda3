/**
 * The dashboard's five native charts, as plain specs the server builds with the chart builder:
 * ratings by period (stacked columns), average weighted score by period (line), by department
 * and by role in the latest period (bars), and the register's review-status mix (pie). Each
 * reads a table of the dashboard, header row included, through the table's body room, so it
 * follows the table as it grows.
 *
 * Decisions:
 * - Options are set by their Google Charts names with `setOption` (title, legend, colours,
 *   stacking, size), the way the typed builders set them, so one generic builder makes every
 *   chart and a spec compares as plain data.
 * - A chart's `signature` is everything the add-on sets on it except its place: a person may
 *   move or resize the add-on's charts, and a refresh that finds nothing else changed leaves
 *   them where they were put.
 * - The ratings use a red-to-green scale of Sheets' colours, Incomplete in grey; the review
 *   statuses use the register's status colours (Overdue red, Due soon amber, Up to date green).
 */
import {
  anchorOfPixel,
  AVERAGE_SCORE_HEADER,
  CHART_TOP_ROW,
  columnWidths,
  dashboardTable,
  REVIEW_STATUS_LABELS,
  tableBlock,
  type DashboardTableKey,
} from './dashboard-layout';

export const DASHBOARD_CHART_KEYS = [
  'ratings',
  'scoreTrend',
  'departments',
  'roles',
  'reviewStatus',
] as const;
export type DashboardChartKey = (typeof DASHBOARD_CHART_KEYS)[number];

/** Chart types by their `Charts.ChartType` names. */
export type DashboardChartType = 'COLUMN' | 'LINE' | 'BAR' | 'PIE';

/** Where a chart is anchored: a cell and a pixel offset from its top left corner. */
export interface ChartPlace {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

export interface DashboardChartSpec {
  key: DashboardChartKey;
  type: DashboardChartType;
  /** A1 ranges on the dashboard, header row first. */
  ranges: string[];
  /** Google Charts options, set one by one with `setOption`. */
  options: Record<string, unknown>;
  place: ChartPlace;
}

const RATING_COLORS = ['#ea4335', '#fbbc04', '#a8c7fa', '#34a853', '#188038', '#bdc1c6'];
const STATUS_COLORS = ['#ea4335', '#fbbc04', '#34a853', '#8ab4f8', '#bdc1c6'];
const ROW_HEIGHT = 21;
const CHART_GAP = 16;
const CHART_HEIGHT = 320;

/** The charts' boxes in pixels from the top left of their area: two rows of charts. */
const BOXES: Readonly<Record<DashboardChartKey, { x: number; y: number; width: number }>> = {
  ratings: { x: 0, y: 0, width: 640 },
  scoreTrend: { x: 640 + CHART_GAP, y: 0, width: 460 },
  departments: { x: 0, y: CHART_HEIGHT + CHART_GAP, width: 364 },
  roles: { x: 364 + CHART_GAP, y: CHART_HEIGHT + CHART_GAP, width: 364 },
  reviewStatus: { x: 2 * (364 + CHART_GAP), y: CHART_HEIGHT + CHART_GAP, width: 356 },
};

/**
 * The five charts for tables with `bodyRows` rows of room.
 *
 * @example dashboardChartSpecs(100)[0].ranges // ['K40:Q140']
 */
export function dashboardChartSpecs(bodyRows: number): DashboardChartSpec[] {
  const widths = columnWidths();
  const place = (key: DashboardChartKey): ChartPlace => {
    const box = BOXES[key];
    const { column, offsetX } = anchorOfPixel(box.x, widths);
    const rows = Math.floor(box.y / ROW_HEIGHT);
    return { row: CHART_TOP_ROW + rows, column, offsetX, offsetY: box.y - rows * ROW_HEIGHT };
  };
  const size = (key: DashboardChartKey) => ({ width: BOXES[key].width, height: CHART_HEIGHT });
  const block = (table: DashboardTableKey, from: number, width: number) =>
    tableBlock(dashboardTable(table), from, width, bodyRows);
  const periods = dashboardTable('periods');
  const averageOffset = periods.headers.indexOf(AVERAGE_SCORE_HEADER);
  const noLegend = { legend: { position: 'none' } };
  return [
    {
      key: 'ratings',
      type: 'COLUMN',
      ranges: [block('periods', 0, averageOffset)],
      options: {
        title: 'Ratings by period',
        isStacked: true,
        legend: { position: 'bottom' },
        colors: RATING_COLORS,
        ...size('ratings'),
      },
      place: place('ratings'),
    },
    {
      key: 'scoreTrend',
      type: 'LINE',
      ranges: [block('periods', 0, 1), block('periods', averageOffset, 1)],
      options: {
        title: 'Average weighted score by period',
        ...noLegend,
        pointSize: 7,
        colors: ['#4285f4'],
        ...size('scoreTrend'),
      },
      place: place('scoreTrend'),
    },
    {
      key: 'departments',
      type: 'BAR',
      ranges: [block('departments', 0, 2)],
      options: {
        title: 'Average score by department',
        ...noLegend,
        colors: ['#4285f4'],
        ...size('departments'),
      },
      place: place('departments'),
    },
    {
      key: 'roles',
      type: 'BAR',
      ranges: [block('roles', 0, 2)],
      options: {
        title: 'Average score by role',
        ...noLegend,
        colors: ['#34a853'],
        ...size('roles'),
      },
      place: place('roles'),
    },
    {
      key: 'reviewStatus',
      type: 'PIE',
      ranges: [tableBlock(dashboardTable('reviewStatus'), 0, 2, REVIEW_STATUS_LABELS.length)],
      options: {
        title: 'Review status of the KPI Register',
        legend: { position: 'right' },
        colors: STATUS_COLORS,
        pieHole: 0.4,
        ...size('reviewStatus'),
      },
      place: place('reviewStatus'),
    },
  ];
}

/**
 * What the add-on sets on a chart, but its place, as one comparable text.
 *
 * @example chartSignature(dashboardChartSpecs(100)[0]).startsWith('COLUMN|') // true
 */
export function chartSignature(spec: DashboardChartSpec): string {
  return `${spec.type}|${spec.ranges.join(',')}|${JSON.stringify(spec.options)}`;
}
