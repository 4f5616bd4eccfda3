/**
 * EmbeddedChartBuilder (Sheet.newChart(), EmbeddedChart.modify()) and its typed builders
 * (asColumnChart(), asBarChart(), …), each with the setters the Apps Script reference lists for it.
 *
 * Decisions:
 * - Builders are local values, counted under 'builder' like the data-validation builders. All the
 *   builders of one chart share its state, so `newChart().asColumnChart().setStacked()` and a
 *   later `.asLineChart()` see the same ranges and options. Every method returns the builder it
 *   was called on, as Apps Script does; a typed builder only has the setters its class documents.
 * - Each typed setter sets the Google Charts option its reference entry describes (the reference
 *   sends readers to the Google Charts docs and names no keys itself): setTitle → 'title',
 *   setTitleTextStyle → 'titleTextStyle', setStacked → 'isStacked' true, setColors → 'colors',
 *   setBackgroundColor → 'backgroundColor', setLegendPosition → 'legend.position' ('top',
 *   'right', 'bottom', 'none'), setLegendTextStyle → 'legend.textStyle', setXAxisTitle →
 *   'hAxis.title' and setYAxisTitle → 'vAxis.title' (with '…TextStyle' and '…TitleTextStyle'
 *   alike), set3D → 'is3D' true, setCurveStyle → 'curveType' ('none' or 'function'),
 *   setPointStyle → 'pointSize' (NONE 0, TINY 2, MEDIUM 7, LARGE 14, HUGE 24 — the sizes are the
 *   emulator's reading of the names). setRange(min, max) — "the range is expanded to include"
 *   data outside it — sets the value axis's 'minValue' and 'maxValue', and useLogScale its
 *   'logScale'; the value axis is 'vAxis', but 'hAxis' for bar charts. reverseCategories sets the
 *   domain axis's 'direction' to -1 ('hAxis', but 'vAxis' for bar charts; pie charts use their
 *   'reverseCategories' option) and reverseDirection the bar chart's 'hAxis.direction'. Scatter
 *   charts' setXAxisRange/setYAxisRange and setXAxisLogScale/setYAxisLogScale set 'hAxis.…' and
 *   'vAxis.…'. Table charts: enablePaging → 'page' ('enable'/'disable'), 'pageSize', 'startPage';
 *   enableSorting → 'sort'; enableRtlTable → 'rtlTable'; setFirstRowNumber → 'firstRowNumber';
 *   setInitialSortingAscending/Descending → 'sortColumn' and 'sortAscending'; showRowNumberColumn
 *   → 'showRowNumber'; useAlternatingRowStyle → 'alternatingRowStyle'.
 * - build() without a range fails (the reference documents no message; the emulator's own says
 *   how to fix it). A chart type is only required when the chart is inserted.
 */
import { CHART_ENUMS, TextStyle, setChartOption, type ChartTypeName } from './charts';
import { ContainerInfo, EmbeddedChart, rangeOfChart, type ChartState } from './embedded-chart';
import { isEnumValue } from './enums';
import { appsScriptError } from './messages';
import { Range } from './range';
import { EmulatedObject, type ServiceName } from './runtime';
import type { Sheet } from './sheet';

const POINT_SIZES: Record<keyof typeof CHART_ENUMS.PointStyle, number> = {
  NONE: 0,
  TINY: 2,
  MEDIUM: 7,
  LARGE: 14,
  HUGE: 24,
};

function requireEnum<T extends string>(
  values: Readonly<Record<T, T>>,
  value: unknown,
  method: string,
): T {
  if (!isEnumValue(values, value))
    throw appsScriptError('parametersDontMatch', {
      types: value === null ? 'null' : typeof value,
      method,
    });
  return value;
}

function requireNumber(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw appsScriptError('parametersDontMatch', {
      types: value === null ? 'null' : typeof value,
      method,
    });
  return value;
}

function requireTextStyle(value: unknown, method: string): TextStyle {
  if (!(value instanceof TextStyle))
    throw appsScriptError('parametersDontMatch', {
      types: value === null ? 'null' : typeof value,
      method,
    });
  return value;
}

/** What every chart builder has. */
export class EmbeddedChartBuilder extends EmulatedObject {
  readonly _className: string = 'EmbeddedChartBuilder';
  readonly _service: ServiceName = 'builder';
  constructor(
    readonly _sheet: Sheet,
    readonly _state: ChartState,
    readonly _chartId: number | null,
  ) {
    super();
  }

  /** Sets one option; typed setters call it with their Google Charts key. */
  _option(key: string, value: unknown): this {
    setChartOption(this._state.options, key, value);
    return this;
  }
  private method(name: string): string {
    return `${this._className}.${name}`;
  }
  private typed<B extends EmbeddedChartBuilder>(
    type: ChartTypeName,
    make: new (sheet: Sheet, state: ChartState, chartId: number | null) => B,
  ): B {
    this._state.type = type;
    return new make(this._sheet, this._state, this._chartId);
  }

  addRange(range: Range): this {
    if (!(range instanceof Range))
      throw appsScriptError('parametersDontMatch', {
        types: range === null ? 'null' : typeof range,
        method: this.method('addRange'),
      });
    const rect = range._rect;
    const known = this._state.ranges.some(
      (item) =>
        item.sheet === range._sheet &&
        item.rect.row === rect.row &&
        item.rect.column === rect.column &&
        item.rect.numRows === rect.numRows &&
        item.rect.numColumns === rect.numColumns,
    );
    if (!known) this._state.ranges.push({ sheet: range._sheet, rect });
    return this;
  }
  removeRange(range: Range): this {
    if (!(range instanceof Range)) return this;
    const rect = range._rect;
    this._state.ranges = this._state.ranges.filter(
      (item) =>
        item.sheet !== range._sheet ||
        item.rect.row !== rect.row ||
        item.rect.column !== rect.column ||
        item.rect.numRows !== rect.numRows ||
        item.rect.numColumns !== rect.numColumns,
    );
    return this;
  }
  clearRanges(): this {
    this._state.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this._state.ranges.map(rangeOfChart);
  }
  setChartType(type: ChartTypeName): this {
    this._state.type = requireEnum(CHART_ENUMS.ChartType, type, this.method('setChartType'));
    return this;
  }
  getChartType(): ChartTypeName | null {
    return this._state.type ?? null;
  }
  setOption(option: string, value: unknown): this {
    return this._option(String(option), value);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const method = this.method('setPosition');
    const position = {
      anchorRow: Math.floor(requireNumber(anchorRowPos, method)),
      anchorColumn: Math.floor(requireNumber(anchorColPos, method)),
      offsetX: Math.floor(requireNumber(offsetX, method)),
      offsetY: Math.floor(requireNumber(offsetY, method)),
    };
    if (position.anchorRow < 1 || position.anchorColumn < 1)
      throw appsScriptError('chartAnchorOutside', {
        rows: this._sheet._maxRows,
        columns: this._sheet._maxColumns,
      });
    this._state.position = position;
    return this;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo({ ...this._state.position });
  }
  setNumHeaders(headers: number): this {
    this._state.numHeaders = Math.floor(requireNumber(headers, this.method('setNumHeaders')));
    return this;
  }
  setMergeStrategy(mergeStrategy: string): this {
    this._state.mergeStrategy = requireEnum(
      CHART_ENUMS.ChartMergeStrategy,
      mergeStrategy,
      this.method('setMergeStrategy'),
    );
    return this;
  }
  setHiddenDimensionStrategy(strategy: string): this {
    this._state.hiddenDimensionStrategy = requireEnum(
      CHART_ENUMS.ChartHiddenDimensionStrategy,
      strategy,
      this.method('setHiddenDimensionStrategy'),
    );
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this._state.transpose = Boolean(transpose);
    return this;
  }
  build(): EmbeddedChart {
    if (this._state.ranges.length === 0) throw appsScriptError('chartNeedsRange');
    const state = this._state;
    return new EmbeddedChart(
      this._sheet,
      {
        ...state,
        ranges: state.ranges.map((range) => ({ sheet: range.sheet, rect: { ...range.rect } })),
        options: new Map(state.options),
        position: { ...state.position },
      },
      this._chartId,
    );
  }

  asAreaChart(): EmbeddedAreaChartBuilder {
    return this.typed('AREA', EmbeddedAreaChartBuilder);
  }
  asBarChart(): EmbeddedBarChartBuilder {
    return this.typed('BAR', EmbeddedBarChartBuilder);
  }
  asColumnChart(): EmbeddedColumnChartBuilder {
    return this.typed('COLUMN', EmbeddedColumnChartBuilder);
  }
  asComboChart(): EmbeddedComboChartBuilder {
    return this.typed('COMBO', EmbeddedComboChartBuilder);
  }
  asHistogramChart(): EmbeddedHistogramChartBuilder {
    return this.typed('HISTOGRAM', EmbeddedHistogramChartBuilder);
  }
  asLineChart(): EmbeddedLineChartBuilder {
    return this.typed('LINE', EmbeddedLineChartBuilder);
  }
  asPieChart(): EmbeddedPieChartBuilder {
    return this.typed('PIE', EmbeddedPieChartBuilder);
  }
  asScatterChart(): EmbeddedScatterChartBuilder {
    return this.typed('SCATTER', EmbeddedScatterChartBuilder);
  }
  asTableChart(): EmbeddedTableChartBuilder {
    return this.typed('TABLE', EmbeddedTableChartBuilder);
  }

  /** For the typed builders: a text style option. */
  _style(key: string, textStyle: TextStyle, method: string): this {
    return this._option(key, requireTextStyle(textStyle, this.method(method)));
  }
}

/** Title, colours and legend: every typed builder but the table's. */
class StyledChartBuilder extends EmbeddedChartBuilder {
  setTitle(chartTitle: string): this {
    return this._option('title', String(chartTitle));
  }
  setTitleTextStyle(textStyle: TextStyle): this {
    return this._style('titleTextStyle', textStyle, 'setTitleTextStyle');
  }
  setBackgroundColor(cssValue: string): this {
    return this._option('backgroundColor', String(cssValue));
  }
  setColors(cssValues: string[]): this {
    return this._option('colors', [...cssValues].map(String));
  }
  setLegendPosition(position: string): this {
    const value = requireEnum(
      CHART_ENUMS.Position,
      position,
      `${this._className}.setLegendPosition`,
    );
    return this._option('legend.position', value.toLowerCase());
  }
  setLegendTextStyle(textStyle: TextStyle): this {
    return this._style('legend.textStyle', textStyle, 'setLegendTextStyle');
  }
}

/** Axis titles and styles: charts with a horizontal and a vertical axis. */
class AxisChartBuilder extends StyledChartBuilder {
  setXAxisTitle(title: string): this {
    return this._option('hAxis.title', String(title));
  }
  setXAxisTextStyle(textStyle: TextStyle): this {
    return this._style('hAxis.textStyle', textStyle, 'setXAxisTextStyle');
  }
  setXAxisTitleTextStyle(textStyle: TextStyle): this {
    return this._style('hAxis.titleTextStyle', textStyle, 'setXAxisTitleTextStyle');
  }
  setYAxisTitle(title: string): this {
    return this._option('vAxis.title', String(title));
  }
  setYAxisTextStyle(textStyle: TextStyle): this {
    return this._style('vAxis.textStyle', textStyle, 'setYAxisTextStyle');
  }
  setYAxisTitleTextStyle(textStyle: TextStyle): this {
    return this._style('vAxis.titleTextStyle', textStyle, 'setYAxisTitleTextStyle');
  }
}

/** A domain (category) axis and a value axis: area, bar, column, combo, histogram and line. */
class ValueAxisChartBuilder extends AxisChartBuilder {
  /** The axis values run along; bar charts lie on their side. */
  get _valueAxis(): string {
    return 'vAxis';
  }
  get _domainAxis(): string {
    return 'hAxis';
  }
  setRange(start: number, end: number): this {
    const method = `${this._className}.setRange`;
    this._option(`${this._valueAxis}.minValue`, requireNumber(start, method));
    return this._option(`${this._valueAxis}.maxValue`, requireNumber(end, method));
  }
  useLogScale(): this {
    return this._option(`${this._valueAxis}.logScale`, true);
  }
  reverseCategories(): this {
    return this._option(`${this._domainAxis}.direction`, -1);
  }
}

class StackableChartBuilder extends ValueAxisChartBuilder {
  setStacked(): this {
    return this._option('isStacked', true);
  }
}

export class EmbeddedAreaChartBuilder extends StackableChartBuilder {
  override readonly _className = 'EmbeddedAreaChartBuilder';
  setPointStyle(style: string): this {
    const name = requireEnum(CHART_ENUMS.PointStyle, style, `${this._className}.setPointStyle`);
    return this._option('pointSize', POINT_SIZES[name]);
  }
}

export class EmbeddedBarChartBuilder extends StackableChartBuilder {
  override readonly _className = 'EmbeddedBarChartBuilder';
  override get _valueAxis(): string {
    return 'hAxis';
  }
  override get _domainAxis(): string {
    return 'vAxis';
  }
  reverseDirection(): this {
    return this._option('hAxis.direction', -1);
  }
}

export class EmbeddedColumnChartBuilder extends StackableChartBuilder {
  override readonly _className = 'EmbeddedColumnChartBuilder';
}

export class EmbeddedComboChartBuilder extends StackableChartBuilder {
  override readonly _className = 'EmbeddedComboChartBuilder';
}

export class EmbeddedHistogramChartBuilder extends StackableChartBuilder {
  override readonly _className = 'EmbeddedHistogramChartBuilder';
}

export class EmbeddedLineChartBuilder extends ValueAxisChartBuilder {
  override readonly _className = 'EmbeddedLineChartBuilder';
  setCurveStyle(style: string): this {
    const name = requireEnum(CHART_ENUMS.CurveStyle, style, `${this._className}.setCurveStyle`);
    return this._option('curveType', name === 'SMOOTH' ? 'function' : 'none');
  }
  setPointStyle(style: string): this {
    const name = requireEnum(CHART_ENUMS.PointStyle, style, `${this._className}.setPointStyle`);
    return this._option('pointSize', POINT_SIZES[name]);
  }
}

export class EmbeddedPieChartBuilder extends StyledChartBuilder {
  override readonly _className = 'EmbeddedPieChartBuilder';
  reverseCategories(): this {
    return this._option('reverseCategories', true);
  }
  set3D(): this {
    return this._option('is3D', true);
  }
}

export class EmbeddedScatterChartBuilder extends AxisChartBuilder {
  override readonly _className = 'EmbeddedScatterChartBuilder';
  setPointStyle(style: string): this {
    const name = requireEnum(CHART_ENUMS.PointStyle, style, `${this._className}.setPointStyle`);
    return this._option('pointSize', POINT_SIZES[name]);
  }
  setXAxisRange(start: number, end: number): this {
    return this.axisRange('hAxis', start, end, 'setXAxisRange');
  }
  setYAxisRange(start: number, end: number): this {
    return this.axisRange('vAxis', start, end, 'setYAxisRange');
  }
  setXAxisLogScale(): this {
    return this._option('hAxis.logScale', true);
  }
  setYAxisLogScale(): this {
    return this._option('vAxis.logScale', true);
  }
  private axisRange(axis: string, start: number, end: number, method: string): this {
    const name = `${this._className}.${method}`;
    this._option(`${axis}.minValue`, requireNumber(start, name));
    return this._option(`${axis}.maxValue`, requireNumber(end, name));
  }
}

export class EmbeddedTableChartBuilder extends EmbeddedChartBuilder {
  override readonly _className = 'EmbeddedTableChartBuilder';
  /** enablePaging(enable), enablePaging(pageSize) or enablePaging(pageSize, startPage). */
  enablePaging(enableOrPageSize: boolean | number, startPage?: number): this {
    if (typeof enableOrPageSize === 'boolean')
      return this._option('page', enableOrPageSize ? 'enable' : 'disable');
    const method = `${this._className}.enablePaging`;
    this._option('page', 'enable');
    this._option('pageSize', Math.floor(requireNumber(enableOrPageSize, method)));
    if (startPage !== undefined)
      this._option('startPage', Math.floor(requireNumber(startPage, method)));
    return this;
  }
  enableRtlTable(rtlEnabled: boolean): this {
    return this._option('rtlTable', Boolean(rtlEnabled));
  }
  enableSorting(enableSorting: boolean): this {
    return this._option('sort', enableSorting ? 'enable' : 'disable');
  }
  setFirstRowNumber(number: number): this {
    const method = `${this._className}.setFirstRowNumber`;
    return this._option('firstRowNumber', Math.floor(requireNumber(number, method)));
  }
  setInitialSortingAscending(column: number): this {
    return this.initialSort(column, true, 'setInitialSortingAscending');
  }
  setInitialSortingDescending(column: number): this {
    return this.initialSort(column, false, 'setInitialSortingDescending');
  }
  showRowNumberColumn(showRowNumber: boolean): this {
    return this._option('showRowNumber', Boolean(showRowNumber));
  }
  useAlternatingRowStyle(alternate: boolean): this {
    return this._option('alternatingRowStyle', Boolean(alternate));
  }
  private initialSort(column: number, ascending: boolean, method: string): this {
    const name = `${this._className}.${method}`;
    this._option('sortColumn', Math.floor(requireNumber(column, name)));
    return this._option('sortAscending', ascending);
  }
}
