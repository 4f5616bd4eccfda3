import { setUp } from './set-up';

function withDashboard() {
  const context = setUp();
  const { ss } = context;
  const sheet = ss.insertSheet('KPI Dashboard');
  sheet.getRange('A1:C4').setValues([
    ['Month', 'Target', 'Actual'],
    ['Jan', 10, 8],
    ['Feb', 12, 13],
    ['Mar', 14, 15],
  ]);
  return { ...context, dashboard: sheet };
}

/** The options a built (not inserted) chart reads back, by key. */
function optionsOf(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart, keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, chart.getOptions().get(key)]));
}

describe('EmbeddedChartBuilder', () => {
  it('collects ranges once each, in the order added, and removes or clears them', () => {
    const { dashboard } = withDashboard();
    const builder = dashboard
      .newChart()
      .addRange(dashboard.getRange('A1:A4'))
      .addRange(dashboard.getRange('C1:C4'))
      .addRange(dashboard.getRange('A1:A4'));
    expect(builder.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:A4', 'C1:C4']);
    builder.removeRange(dashboard.getRange('A1:A4')).removeRange(dashboard.getRange('Z1'));
    expect(builder.getRanges().map((range) => range.getA1Notation())).toEqual(['C1:C4']);
    builder.clearRanges();
    expect(builder.getRanges()).toEqual([]);
  });

  it('keeps the chart type, strategies, headers, transposition and position it was given', () => {
    const { g, dashboard } = withDashboard();
    const { Charts } = g;
    const chart = dashboard
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(dashboard.getRange('A1:C4'))
      .setNumHeaders(1)
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_ROWS)
      .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
      .setTransposeRowsAndColumns(true)
      .setPosition(6, 2, 10, 20)
      .build();
    expect(chart.getNumHeaders()).toBe(1);
    expect(String(chart.getMergeStrategy())).toBe('MERGE_ROWS');
    expect(String(chart.getHiddenDimensionStrategy())).toBe('SHOW_BOTH');
    expect(chart.getTransposeRowsAndColumns()).toBe(true);
    const container = chart.getContainerInfo();
    expect([
      container.getAnchorRow(),
      container.getAnchorColumn(),
      container.getOffsetX(),
      container.getOffsetY(),
    ]).toEqual([6, 2, 10, 20]);
    expect(chart.getChartId()).toBeNull();
  });

  it("starts like Apps Script's: no headers set, merged columns, hidden rows and columns ignored", () => {
    const { dashboard } = withDashboard();
    const builder = dashboard.newChart().addRange(dashboard.getRange('A1:C4'));
    expect(builder.getChartType()).toBeNull();
    const chart = builder.build();
    expect(chart.getNumHeaders()).toBe(-1);
    expect(String(chart.getMergeStrategy())).toBe('MERGE_COLUMNS');
    expect(String(chart.getHiddenDimensionStrategy())).toBe('IGNORE_BOTH');
    expect(chart.getContainerInfo().getAnchorRow()).toBe(1);
  });

  it('refuses to build a chart without a range, saying how to add one', () => {
    const { g, dashboard } = withDashboard();
    expect(() => dashboard.newChart().setChartType(g.Charts.ChartType.PIE).build()).toThrow(
      'A chart needs at least one data range: call addRange(range) before build().',
    );
  });

  it('refuses values that are not of the enum a setter takes', () => {
    const { dashboard } = withDashboard();
    expect(() => dashboard.newChart().setChartType('DONUT' as never)).toThrow(
      "The parameters (string) don't match the method signature for EmbeddedChartBuilder.setChartType.",
    );
    expect(() => dashboard.newChart().setPosition(0, 1, 0, 0)).toThrow(
      "The chart's anchor cell must be on the sheet",
    );
  });

  it('maps the column chart setters to their Google Charts options', () => {
    const { g, dashboard } = withDashboard();
    const { Charts } = g;
    const style = Charts.newTextStyle().setColor('#202124').setFontSize(12).build();
    const chart = dashboard
      .newChart()
      .asColumnChart()
      .setTitle('Target vs actual')
      .setTitleTextStyle(style)
      .setStacked()
      .setColors(['#4285f4', '#db4437'])
      .setBackgroundColor('#ffffff')
      .setLegendPosition(Charts.Position.BOTTOM)
      .setXAxisTitle('Month')
      .setYAxisTitle('Score')
      .setRange(0, 20)
      .useLogScale()
      .reverseCategories()
      .addRange(dashboard.getRange('A1:C4'))
      .build();
    expect(optionsOf(chart, ['title', 'isStacked', 'colors', 'backgroundColor'])).toEqual({
      title: 'Target vs actual',
      isStacked: true,
      colors: ['#4285f4', '#db4437'],
      backgroundColor: '#ffffff',
    });
    expect(chart.getOptions().get('titleTextStyle')).toEqual({ color: '#202124', fontSize: 12 });
    expect(chart.getOptions().get('legend.position')).toBe('bottom');
    expect(chart.getOptions().get('hAxis')).toEqual({ title: 'Month', direction: -1 });
    expect(chart.getOptions().get('vAxis')).toEqual({
      title: 'Score',
      minValue: 0,
      maxValue: 20,
      logScale: true,
    });
  });

  it('puts the value axis of a bar chart on hAxis and its categories on vAxis', () => {
    const { dashboard } = withDashboard();
    const chart = dashboard
      .newChart()
      .asBarChart()
      .setRange(5, 15)
      .reverseCategories()
      .reverseDirection()
      .setStacked()
      .addRange(dashboard.getRange('A1:B4'))
      .build();
    expect(chart.getOptions().get('hAxis')).toEqual({ minValue: 5, maxValue: 15, direction: -1 });
    expect(chart.getOptions().get('vAxis.direction')).toBe(-1);
    expect(chart.getOptions().get('isStacked')).toBe(true);
  });

  it('maps the line, area, pie and scatter setters to their options', () => {
    const { g, dashboard } = withDashboard();
    const { Charts } = g;
    const range = dashboard.getRange('A1:C4');
    const line = dashboard
      .newChart()
      .asLineChart()
      .setCurveStyle(Charts.CurveStyle.SMOOTH)
      .setPointStyle(Charts.PointStyle.MEDIUM)
      .addRange(range)
      .build();
    expect(optionsOf(line, ['curveType', 'pointSize'])).toEqual({
      curveType: 'function',
      pointSize: 7,
    });
    const area = dashboard.newChart().asAreaChart().setStacked().addRange(range).build();
    expect(area.getOptions().get('isStacked')).toBe(true);
    const pie = dashboard
      .newChart()
      .asPieChart()
      .set3D()
      .reverseCategories()
      .setLegendPosition(Charts.Position.NONE)
      .addRange(range)
      .build();
    expect(optionsOf(pie, ['is3D', 'reverseCategories', 'legend'])).toEqual({
      is3D: true,
      reverseCategories: true,
      legend: { position: 'none' },
    });
    const scatter = dashboard
      .newChart()
      .asScatterChart()
      .setXAxisRange(0, 10)
      .setYAxisRange(-5, 5)
      .setXAxisLogScale()
      .setYAxisLogScale()
      .addRange(range)
      .build();
    expect(scatter.getOptions().get('hAxis')).toEqual({
      minValue: 0,
      maxValue: 10,
      logScale: true,
    });
    expect(scatter.getOptions().get('vAxis')).toEqual({
      minValue: -5,
      maxValue: 5,
      logScale: true,
    });
  });

  it('maps the table chart setters to their options', () => {
    const { dashboard } = withDashboard();
    const table = dashboard
      .newChart()
      .asTableChart()
      .enablePaging(10, 2)
      .enableSorting(true)
      .enableRtlTable(false)
      .setFirstRowNumber(5)
      .setInitialSortingDescending(2)
      .showRowNumberColumn(true)
      .useAlternatingRowStyle(false)
      .addRange(dashboard.getRange('A1:C4'))
      .build();
    const keys = [
      'page',
      'pageSize',
      'startPage',
      'sort',
      'rtlTable',
      'firstRowNumber',
      'sortColumn',
      'sortAscending',
      'showRowNumber',
      'alternatingRowStyle',
    ];
    expect(optionsOf(table, keys)).toEqual({
      page: 'enable',
      pageSize: 10,
      startPage: 2,
      sort: 'enable',
      rtlTable: false,
      firstRowNumber: 5,
      sortColumn: 2,
      sortAscending: false,
      showRowNumber: true,
      alternatingRowStyle: false,
    });
  });

  it('gives each typed builder only the setters its class documents', () => {
    const { dashboard } = withDashboard();
    const pie = dashboard.newChart().asPieChart() as unknown as Record<string, unknown>;
    const line = dashboard.newChart().asLineChart() as unknown as Record<string, unknown>;
    const table = dashboard.newChart().asTableChart() as unknown as Record<string, unknown>;
    expect(pie.setStacked).toBeUndefined();
    expect(pie.setXAxisTitle).toBeUndefined();
    expect(line.setStacked).toBeUndefined();
    expect(table.setTitle).toBeUndefined();
    expect(typeof pie.set3D).toBe('function');
  });

  it('shares one chart between the builders of a chart, so switching type keeps what was set', () => {
    const { dashboard } = withDashboard();
    const builder = dashboard.newChart().asColumnChart().setTitle('Scores');
    const line = builder.addRange(dashboard.getRange('A1:B4')).asLineChart();
    expect(String(line.getChartType())).toBe('LINE');
    const chart = line.build();
    expect(chart.getOptions().get('title')).toBe('Scores');
    expect(chart.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B4']);
  });

  it('counts builder calls under builder and newChart as a builder too', () => {
    const { emu, dashboard } = withDashboard();
    emu.calls.reset();
    dashboard.newChart().asPieChart().setTitle('Mix').addRange(dashboard.getRange('A1:B4')).build();
    expect(emu.calls.log).toEqual([
      'Sheet.newChart',
      'EmbeddedChartBuilder.asPieChart',
      'EmbeddedPieChartBuilder.setTitle',
      'Sheet.getRange',
      'EmbeddedPieChartBuilder.addRange',
      'EmbeddedPieChartBuilder.build',
    ]);
    expect(emu.calls.total('builder')).toBe(5);
  });
});
