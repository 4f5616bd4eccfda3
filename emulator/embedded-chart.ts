/**
 * The EmbeddedChart class and ContainerInfo, and what Sheet.insertChart, updateChart and
 * removeChart do with them.
 *
 * Decisions:
 * - A built chart is a value: getChartId() is null until Sheet.insertChart puts that chart on a
 *   sheet and gives it an ID unique in the spreadsheet, for good. Whether the built object itself
 *   then reads that ID the reference does not say: the option chartIdOnBuiltChart: false keeps it
 *   null, so the add-on is tested both ways. modify() gives a builder filled
 *   from the chart, ID included, and updateChart(builder.build()) replaces the chart with that ID
 *   in place; chart objects the script got before the update keep showing the old chart.
 * - A chart's ranges may be on any sheet of the spreadsheet; they follow row and column inserts
 *   and deletes on their sheet like protected ranges do, and a range whose cells are all deleted
 *   drops out of the chart. The anchor cell moves with inserted and deleted rows and columns of
 *   the chart's own sheet, landing on the first row (column) after a deleted one.
 * - Inserting a chart with no chart type, inserting one that is already in the spreadsheet, and
 *   updating or removing one that is not on the sheet fail; the reference documents no messages
 *   for these, so the messages are the emulator's own.
 * - Chart images (getAs, getBlob) are not emulated.
 */
import { readChartOption, ChartOptions, type ChartTypeName } from './charts';
import { EmbeddedChartBuilder } from './embedded-chart-builder';
import type { Rect } from './layer';
import { appsScriptError } from './messages';
import { Range } from './range';
import { EmulatedObject, type ServiceName } from './runtime';
import type { Sheet } from './sheet';
import { shiftIndex, shiftRect, type DimensionChange } from './sheet-structure';

/** One range a chart draws, kept as the sheet and cells so it can follow inserts and deletes. */
export interface ChartRange {
  sheet: Sheet;
  rect: Rect;
}

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** Everything a chart is, shared by its builder and the built chart. */
export interface ChartState {
  type: ChartTypeName | undefined;
  ranges: ChartRange[];
  /** Options by key, in the order they were first set. */
  options: Map<string, unknown>;
  /** -1 when not set: Sheets then guesses the headers. */
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
  position: ChartPosition;
}

/** A new chart's state: no type, no ranges, anchored at A1, Apps Script's default strategies. */
export function newChartState(): ChartState {
  return {
    type: undefined,
    ranges: [],
    options: new Map(),
    numHeaders: -1,
    transpose: false,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenDimensionStrategy: 'IGNORE_BOTH',
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
  };
}

export function copyChartState(state: ChartState): ChartState {
  return {
    ...state,
    ranges: state.ranges.map((range) => ({ sheet: range.sheet, rect: { ...range.rect } })),
    options: new Map([...state.options].map(([key]) => [key, readChartOption(state.options, key)])),
    position: { ...state.position },
  };
}

export function rangeOfChart(range: ChartRange): Range {
  const { row, column, numRows, numColumns } = range.rect;
  return new Range(range.sheet, row, column, numRows, numColumns);
}

export class ContainerInfo extends EmulatedObject {
  readonly _className = 'ContainerInfo';
  readonly _service: ServiceName = 'SpreadsheetApp';
  constructor(readonly _position: Readonly<ChartPosition>) {
    super();
  }
  getAnchorRow(): number {
    return this._position.anchorRow;
  }
  getAnchorColumn(): number {
    return this._position.anchorColumn;
  }
  getOffsetX(): number {
    return this._position.offsetX;
  }
  getOffsetY(): number {
    return this._position.offsetY;
  }
}

export class EmbeddedChart extends EmulatedObject {
  readonly _className = 'EmbeddedChart';
  readonly _service: ServiceName = 'SpreadsheetApp';
  constructor(
    /** The sheet the chart was built for, or is on once inserted. */
    public _sheet: Sheet,
    readonly _state: ChartState,
    public _chartId: number | null,
  ) {
    super();
  }
  getChartId(): number | null {
    return this._chartId;
  }
  getRanges(): Range[] {
    return this._state.ranges.map(rangeOfChart);
  }
  getOptions(): ChartOptions {
    return new ChartOptions(copyChartState(this._state).options);
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo({ ...this._state.position });
  }
  getNumHeaders(): number {
    return this._state.numHeaders;
  }
  getMergeStrategy(): string {
    return this._state.mergeStrategy;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._state.transpose;
  }
  getHiddenDimensionStrategy(): string {
    return this._state.hiddenDimensionStrategy;
  }
  /** This chart is a sheet chart, not one drawn from a data source. */
  asDataSourceChart(): null {
    return null;
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._sheet, copyChartState(this._state), this._chartId);
  }
}

function requireChart(chart: unknown, method: string): EmbeddedChart {
  if (!(chart instanceof EmbeddedChart))
    throw appsScriptError('parametersDontMatch', {
      types: chart === null ? 'null' : typeof chart,
      method: `Sheet.${method}`,
    });
  return chart;
}

function requireAnchorInside(sheet: Sheet, position: ChartPosition): void {
  if (position.anchorRow > sheet._maxRows || position.anchorColumn > sheet._maxColumns)
    throw appsScriptError('chartAnchorOutside', {
      rows: sheet._maxRows,
      columns: sheet._maxColumns,
    });
}

/** Sheet.insertChart: puts a built chart on the sheet and gives it its ID. */
export function insertChart(sheet: Sheet, chart: unknown): void {
  const built = requireChart(chart, 'insertChart');
  if (!built._state.type) throw appsScriptError('chartNeedsType');
  const book = sheet._book;
  if (built._chartId !== null && book._sheets.some((each) => findChart(each, built._chartId)))
    throw appsScriptError('chartAlreadyInserted');
  requireAnchorInside(sheet, built._state.position);
  sheet._checkObjectsEditable();
  const id = book._nextChartId;
  book._nextChartId += 7919;
  if (book._host.chartIdOnBuiltChart?.() === false) {
    // The built object stays what it was; only the chart on the sheet has the ID.
    sheet._charts.push(new EmbeddedChart(sheet, copyChartState(built._state), id));
    return;
  }
  built._chartId = id;
  built._sheet = sheet;
  sheet._charts.push(built);
}

function findChart(sheet: Sheet, chartId: number | null): EmbeddedChart | undefined {
  return chartId === null ? undefined : sheet._charts.find((chart) => chart._chartId === chartId);
}

/** Sheet.updateChart: replaces the chart of this sheet that has the same ID. */
export function updateChart(sheet: Sheet, chart: unknown): void {
  const built = requireChart(chart, 'updateChart');
  const current = findChart(sheet, built._chartId);
  if (!current) throw appsScriptError('chartNotOnSheet', { sheet: sheet._name });
  if (!built._state.type) throw appsScriptError('chartNeedsType');
  requireAnchorInside(sheet, built._state.position);
  sheet._checkObjectsEditable();
  const stored = new EmbeddedChart(sheet, copyChartState(built._state), current._chartId);
  sheet._charts[sheet._charts.indexOf(current)] = stored;
}

/** Sheet.removeChart. */
export function removeChart(sheet: Sheet, chart: unknown): void {
  const built = requireChart(chart, 'removeChart');
  const current = findChart(sheet, built._chartId);
  if (!current) throw appsScriptError('chartNotOnSheet', { sheet: sheet._name });
  sheet._checkObjectsEditable();
  sheet._charts = sheet._charts.filter((item) => item !== current);
}

/** Moves every chart's ranges on `sheet`, and the anchors of the charts on it, after a change. */
export function followCharts(sheet: Sheet, change: DimensionChange): void {
  for (const each of sheet._book._sheets)
    for (const chart of each._charts) {
      const state = chart._state;
      state.ranges = state.ranges.flatMap((range) => {
        if (range.sheet !== sheet) return [range];
        const rect = shiftRect(range.rect, change);
        return rect ? [{ sheet: range.sheet, rect }] : [];
      });
      if (each !== sheet) continue;
      const position = state.position;
      if (change.dimension === 'ROWS')
        position.anchorRow = Math.max(
          1,
          Math.min(shiftIndex(position.anchorRow, change), sheet._maxRows),
        );
      else
        position.anchorColumn = Math.max(
          1,
          Math.min(shiftIndex(position.anchorColumn, change), sheet._maxColumns),
        );
    }
}
