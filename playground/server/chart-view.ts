/**
 * A sheet's charts as the page draws them: each chart's ranges read as Sheets reads them.
 *
 * Decisions:
 * - Ranges merge side by side with MERGE_COLUMNS (the default) and one under the other with
 *   MERGE_ROWS; `transpose` then swaps rows and columns, so series become rows.
 * - Header rows: `numHeaders` when set, else Sheets' guess: one header row when the first row
 *   holds text above numbers.
 * - The first column is the domain (the labels); every other column is a series named by its
 *   header. A cell that is not a number is a gap (null), as Sheets leaves it.
 * - Colours: the chart's `colors` option, else Sheets' default palette.
 * - The legend's place is read from both spellings a script can leave: `legend.position` (what
 *   setLegendPosition sets, lowercase) and a `legend` object or word set with setOption.
 * - Values whose cells all show as percents are drawn on a percent axis, as Sheets formats the
 *   axis like the data.
 * - The typed builders' other looks are read from the options they set: setRange's
 *   `minValue`/`maxValue` on the value axis, setPointStyle's `pointSize`, setCurveStyle's
 *   `curveType`, setBackgroundColor's `backgroundColor`, and a pie's `pieHole` (a donut).
 * - `hiddenDimensionStrategy` is carried but hidden rows are not modelled by the emulator, so
 *   every row counts.
 */
import type { ChartSnapshot } from '../../emulator/index';
import type { ChartSeries, ChartView } from '../protocol';

/** One cell of a chart's data: its value and the text Sheets shows for it. */
export interface ChartCell {
  value: unknown;
  text: string;
}

/** Sheets' default series colours. */
export const SHEETS_PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
  '#fcd04f',
  '#71c287',
];

/** Sheets' default chart size in pixels. */
const DEFAULT_SIZE = { width: 600, height: 371 };

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isBlank = (cell: ChartCell | undefined): boolean =>
  !cell || cell.value === '' || cell.value === null || cell.value === undefined;

function transpose<T>(rows: T[][], blank: T): T[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_column, c) => rows.map((row) => row[c] ?? blank));
}

function merge(blocks: ChartCell[][][], strategy: string): ChartCell[][] {
  const blank: ChartCell = { value: '', text: '' };
  if (strategy === 'MERGE_ROWS') {
    const width = Math.max(0, ...blocks.flat().map((row) => row.length));
    return blocks.flat().map((row) => Array.from({ length: width }, (_c, c) => row[c] ?? blank));
  }
  const height = Math.max(0, ...blocks.map((block) => block.length));
  return Array.from({ length: height }, (_row, r) =>
    blocks.flatMap((block) => {
      const width = Math.max(0, ...block.map((row) => row.length));
      return Array.from({ length: width }, (_c, c) => block[r]?.[c] ?? blank);
    }),
  );
}

/** Sheets' guess: the first row is a header when it holds text over a column of numbers. */
function guessHeaders(rows: ChartCell[][]): number {
  const [first, second] = rows;
  if (!first || !second) return 0;
  const textOverNumber = first.some(
    (cell, c) =>
      c > 0 && typeof cell.value === 'string' && cell.value !== '' && isNumber(second[c]?.value),
  );
  return textOverNumber ? 1 : 0;
}

function option(options: Record<string, unknown>, key: string): unknown {
  if (key in options) return options[key];
  // Nested spellings such as { hAxis: { title } } stand for 'hAxis.title'.
  const [head, ...rest] = key.split('.');
  let node: unknown = head === undefined ? undefined : options[head];
  for (const part of rest)
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

function legendOf(options: Record<string, unknown>, type: string): ChartView['legend'] {
  const set = options.legend;
  const fromObject =
    set && typeof set === 'object' ? (set as { position?: unknown }).position : undefined;
  const position = String(
    fromObject ?? options['legend.position'] ?? (typeof set === 'string' ? set : ''),
  ).toLowerCase();
  if (position === 'top' || position === 'bottom' || position === 'left' || position === 'right')
    return position;
  if (position === 'none') return 'none';
  return type === 'PIE' ? 'right' : 'top';
}

function stackingOf(options: Record<string, unknown>): ChartView['stacked'] {
  const raw = option(options, 'isStacked');
  if (raw === true || raw === 'true' || raw === 'absolute') return 'absolute';
  if (raw === 'percent' || raw === 'relative') return 'percent';
  return 'none';
}

function seriesOption(
  options: Record<string, unknown>,
  index: number,
): { color?: string; type?: string } {
  const all = option(options, 'series');
  const own =
    all && typeof all === 'object' ? (all as Record<string, unknown>)[String(index)] : undefined;
  return own && typeof own === 'object' ? (own as { color?: string; type?: string }) : {};
}

function finiteOption(options: Record<string, unknown>, key: string): number | null {
  const raw = option(options, key);
  if (raw === null || raw === undefined || raw === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

function numberOption(options: Record<string, unknown>, key: string, fallback: number): number {
  const raw = Number(option(options, key));
  return Number.isFinite(raw) && raw > 0 ? raw : fallback;
}

/**
 * The page's view of one chart; `read` gives the cells of one of its ranges.
 * @example chartView(snapshot, (a1) => cellsOf(a1)) // { type: 'COLUMN', labels: ['Q1', …], series: [{ name: 'Score', … }] }
 */
export function chartView(chart: ChartSnapshot, read: (a1: string) => ChartCell[][]): ChartView {
  const merged = merge(chart.ranges.map(read), chart.mergeStrategy);
  const turned = chart.transpose ? transpose(merged, { value: '', text: '' }) : merged;
  // Trailing columns with nothing in them are no series.
  let used = Math.max(0, ...turned.map((row) => row.length));
  while (used > 0 && turned.every((row) => isBlank(row[used - 1]))) used--;
  const rows = turned.map((row) => row.slice(0, used));
  const headerCount = chart.numHeaders >= 0 ? chart.numHeaders : guessHeaders(rows);
  const headers = rows.slice(0, headerCount);
  // Trailing blank rows (of an open range such as A2:C) are no data.
  const body = rows.slice(headerCount);
  while (body.length && body[body.length - 1]?.every(isBlank)) body.pop();
  const options = chart.options;
  const colors = Array.isArray(option(options, 'colors'))
    ? (option(options, 'colors') as unknown[]).map(String)
    : SHEETS_PALETTE;
  const width = Math.max(0, ...rows.map((row) => row.length));
  const hasDomain = width > 1;
  const labels = body.map((row, r) => (hasDomain ? (row[0]?.text ?? '') : String(r + 1)));
  const series: ChartSeries[] = [];
  let allPercent = true;
  for (let c = hasDomain ? 1 : 0; c < width; c++) {
    const index = series.length;
    const own = seriesOption(options, index);
    const name = headers
      .map((row) => row[c]?.text ?? '')
      .filter(Boolean)
      .join(' ');
    allPercent &&= body.every((row) => !isNumber(row[c]?.value) || /%$/.test(row[c]?.text ?? ''));
    series.push({
      name: name || `Series ${index + 1}`,
      values: body.map((row) => {
        const value = row[c]?.value;
        return isNumber(value) ? value : null;
      }),
      color: own.color ?? colors[index % colors.length] ?? SHEETS_PALETTE[0] ?? '#4285f4',
      kind:
        own.type === 'line' || (chart.type === 'COMBO' && own.type !== 'bars' && index > 0)
          ? 'line'
          : 'bars',
    });
  }
  // The value axis is vAxis, but hAxis for bar charts (embedded-chart-builder.ts).
  const valueAxis = chart.type === 'BAR' ? 'hAxis' : 'vAxis';
  const view: ChartView = {
    chartId: chart.chartId,
    type: chart.type,
    title: String(option(options, 'title') ?? ''),
    anchor: {
      row: chart.position.anchorRow,
      column: chart.position.anchorColumn,
      offsetX: chart.position.offsetX,
      offsetY: chart.position.offsetY,
    },
    width: numberOption(options, 'width', DEFAULT_SIZE.width),
    height: numberOption(options, 'height', DEFAULT_SIZE.height),
    labels,
    series,
    colors,
    valueFormat: allPercent && series.length > 0 ? 'percent' : 'number',
    stacked: stackingOf(options),
    legend: legendOf(options, chart.type),
    axisTitles: {
      horizontal: String(option(options, 'hAxis.title') ?? ''),
      vertical: String(option(options, 'vAxis.title') ?? ''),
    },
    valueRange: {
      min: finiteOption(options, `${valueAxis}.minValue`),
      max: finiteOption(options, `${valueAxis}.maxValue`),
    },
    pointSize: finiteOption(options, 'pointSize') ?? 0,
    smooth: option(options, 'curveType') === 'function',
    pieHole: Math.min(Math.max(finiteOption(options, 'pieHole') ?? 0, 0), 0.9),
    background: typeof options.backgroundColor === 'string' ? options.backgroundColor : '#ffffff',
  };
  if (chart.type === 'TABLE')
    view.table = {
      headers: (headers[0] ?? []).map((cell) => cell.text),
      rows: body.map((row) => Array.from({ length: width }, (_c, c) => row[c]?.text ?? '')),
    };
  return view;
}
