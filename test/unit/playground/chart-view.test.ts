import type { ChartSnapshot } from '../../../emulator/index';
import { chartView, SHEETS_PALETTE, type ChartCell } from '../../../playground/server/chart-view';

/** A fake chart as the emulator reports it. */
function chart(overrides: Partial<ChartSnapshot> = {}): ChartSnapshot {
  return {
    chartId: 7,
    type: 'COLUMN',
    ranges: ["'KPI Dashboard'!A1:C4"],
    options: { title: 'Ratings by team' },
    numHeaders: -1,
    transpose: false,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenDimensionStrategy: 'IGNORE_ROWS',
    position: { anchorRow: 2, anchorColumn: 5, offsetX: 10, offsetY: 4 },
    ...overrides,
  };
}

const cells = (rows: unknown[][]): ChartCell[][] =>
  rows.map((row) => row.map((value) => ({ value, text: value === '' ? '' : String(value) })));

/** The dashboard's table: team, then two series. */
const DASHBOARD: Record<string, ChartCell[][]> = {
  "'KPI Dashboard'!A1:C4": cells([
    ['Team', 'Meets', 'Exceeds'],
    ['Sales', 4, 2],
    ['IT', 3, 5],
    ['', '', ''],
  ]),
  "'KPI Dashboard'!E1:E4": cells([['Below'], [1], [0], ['']]),
};
const read = (a1: string): ChartCell[][] => DASHBOARD[a1] ?? [];

describe('charts read as Sheets reads their ranges', () => {
  it('takes the first column as labels and each other column as a series named by its header', () => {
    const view = chartView(chart(), read);
    expect(view.labels).toEqual(['Sales', 'IT']);
    expect(view.series.map(({ name, values }) => ({ name, values }))).toEqual([
      { name: 'Meets', values: [4, 3] },
      { name: 'Exceeds', values: [2, 5] },
    ]);
    expect(view.title).toBe('Ratings by team');
    expect(view.anchor).toEqual({ row: 2, column: 5, offsetX: 10, offsetY: 4 });
    expect(view.series.map((series) => series.color)).toEqual(SHEETS_PALETTE.slice(0, 2));
    expect({ width: view.width, height: view.height }).toEqual({ width: 600, height: 371 });
  });

  it('reads no header row when numHeaders says 0, and numbers the series', () => {
    const view = chartView(chart({ numHeaders: 0 }), read);
    expect(view.labels).toEqual(['Team', 'Sales', 'IT']);
    expect(view.series[0]).toMatchObject({ name: 'Series 1', values: [null, 4, 3] });
  });

  it('puts merged ranges side by side, or rows as series when transposed', () => {
    const merged = chartView(
      chart({ ranges: ["'KPI Dashboard'!A1:C4", "'KPI Dashboard'!E1:E4"] }),
      read,
    );
    expect(merged.series.map((series) => series.name)).toEqual(['Meets', 'Exceeds', 'Below']);
    expect(merged.series[2]?.values).toEqual([1, 0]);
    const transposed = chartView(chart({ transpose: true, numHeaders: 1 }), read);
    expect(transposed.labels).toEqual(['Meets', 'Exceeds']);
    expect(transposed.series.map(({ name, values }) => ({ name, values }))).toEqual([
      { name: 'Sales', values: [4, 2] },
      { name: 'IT', values: [3, 5] },
    ]);
  });

  it('carries stacking, legend, axis titles, colours and size from the options', () => {
    const view = chartView(
      chart({
        type: 'BAR',
        options: {
          isStacked: 'percent',
          legend: { position: 'bottom' },
          'hAxis.title': 'Team',
          vAxis: { title: 'People' },
          colors: ['#111111', '#222222'],
          width: 480,
          height: 300,
        },
      }),
      read,
    );
    expect(view).toMatchObject({
      stacked: 'percent',
      legend: 'bottom',
      axisTitles: { horizontal: 'Team', vertical: 'People' },
      width: 480,
      height: 300,
    });
    expect(view.series.map((series) => series.color)).toEqual(['#111111', '#222222']);
    expect(chartView(chart({ options: { isStacked: true, legend: 'none' } }), read)).toMatchObject({
      stacked: 'absolute',
      legend: 'none',
    });
  });

  it('reads the legend from setLegendPosition and from a legend object set with setOption', () => {
    const legend = (options: Record<string, unknown>, type = 'COLUMN') =>
      chartView(chart({ type, options }), read).legend;
    expect(legend({ 'legend.position': 'bottom' })).toBe('bottom');
    expect(legend({ legend: { position: 'left', textStyle: { color: '#000' } } })).toBe('left');
    expect(legend({ legend: { textStyle: { color: '#000' } }, 'legend.position': 'right' })).toBe(
      'right',
    );
    expect(legend({ 'legend.position': 'none' })).toBe('none');
    expect(legend({})).toBe('top');
    expect(legend({}, 'PIE')).toBe('right');
  });

  it('reads values that show as percents on a percent axis', () => {
    const percents: ChartCell[][] = [
      [
        { value: 'Team', text: 'Team' },
        { value: 'Score', text: 'Score' },
      ],
      [
        { value: 'Sales', text: 'Sales' },
        { value: 0.95, text: '95%' },
      ],
      [
        { value: 'IT', text: 'IT' },
        { value: '', text: '' },
      ],
    ];
    expect(chartView(chart(), () => percents).valueFormat).toBe('percent');
    expect(chartView(chart(), read).valueFormat).toBe('number');
  });

  it('reads the looks the typed builders set: value range, points, curve, background and hole', () => {
    const line = chartView(
      chart({
        type: 'LINE',
        options: {
          vAxis: { minValue: 0, maxValue: 1.5 },
          pointSize: 7,
          curveType: 'function',
          backgroundColor: '#f8f9fa',
        },
      }),
      read,
    );
    expect(line).toMatchObject({
      valueRange: { min: 0, max: 1.5 },
      pointSize: 7,
      smooth: true,
      background: '#f8f9fa',
    });
    // A bar chart's value axis is its horizontal one.
    const bar = chartView(chart({ type: 'BAR', options: { 'hAxis.maxValue': 10 } }), read);
    expect(bar.valueRange).toEqual({ min: null, max: 10 });
    expect(chartView(chart({ type: 'PIE', options: { pieHole: 0.4 } }), read).pieHole).toBe(0.4);
    expect(chartView(chart(), read)).toMatchObject({ pointSize: 0, smooth: false, pieHole: 0 });
  });

  it('draws a combo chart with the first series as bars and the rest as lines, unless told', () => {
    const view = chartView(chart({ type: 'COMBO' }), read);
    expect(view.series.map((series) => series.kind)).toEqual(['bars', 'line']);
    const told = chartView(
      chart({ type: 'COMBO', options: { series: { 1: { type: 'bars' } } } }),
      read,
    );
    expect(told.series.map((series) => series.kind)).toEqual(['bars', 'bars']);
  });

  it('shows a table chart as its header and rows of shown text', () => {
    const view = chartView(chart({ type: 'TABLE' }), read);
    expect(view.table).toEqual({
      headers: ['Team', 'Meets', 'Exceeds'],
      rows: [
        ['Sales', '4', '2'],
        ['IT', '3', '5'],
      ],
    });
  });
});
