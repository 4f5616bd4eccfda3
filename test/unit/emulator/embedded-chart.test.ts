import { appsScriptGlobals, restoreEmulator, type ChartSnapshot } from '../../../emulator';
import { setUp } from './set-up';

function withData(options: { chartIdOnBuiltChart?: boolean } = {}) {
  const context = setUp('Etc/UTC', options);
  const { ss } = context;
  const data = ss.insertSheet('KPI Register');
  data.getRange('A1:C4').setValues([
    ['KPI', 'Target', 'Actual'],
    ['Win rate', 10, 8],
    ['Churn', 12, 13],
    ['NPS', 14, 15],
  ]);
  const dashboard = ss.insertSheet('KPI Dashboard');
  return { ...context, data, dashboard };
}

/** A column chart on the dashboard drawing the register's A1:C4. */
function columnChart(context: ReturnType<typeof withData>) {
  const { g, data, dashboard } = context;
  return dashboard
    .newChart()
    .setChartType(g.Charts.ChartType.COLUMN)
    .setOption('title', 'Target vs actual')
    .addRange(data.getRange('A1:C4'))
    .setPosition(2, 3, 5, 6)
    .build();
}

describe('EmbeddedChart', () => {
  it('has no ID until inserted, then a stable one unique in the spreadsheet', () => {
    const context = withData();
    const { dashboard, data } = context;
    const first = columnChart(context);
    expect(first.getChartId()).toBeNull();
    dashboard.insertChart(first);
    const second = columnChart(context);
    data.insertChart(second);
    const firstId = first.getChartId();
    expect(typeof firstId).toBe('number');
    expect(Number.isInteger(firstId)).toBe(true);
    expect(second.getChartId()).not.toBe(firstId);
    expect(dashboard.getCharts().map((chart) => chart.getChartId())).toEqual([firstId]);
    expect(data.getCharts()).toHaveLength(1);
  });

  it('keeps a built chart’s ID null after insertion when told to, the chart on the sheet having one', () => {
    const context = withData({ chartIdOnBuiltChart: false });
    const { dashboard } = context;
    const built = columnChart(context);
    dashboard.insertChart(built);
    expect(built.getChartId()).toBeNull();
    const [inserted] = dashboard.getCharts();
    expect(Number.isInteger(inserted?.getChartId())).toBe(true);
    expect(inserted?.getContainerInfo().getAnchorRow()).toBe(2);
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(3);
  });

  it('shows in peekSheet as plain data in the shape the playground draws', () => {
    const context = withData();
    const { book, dashboard } = context;
    dashboard.insertChart(columnChart(context));
    const [chart] = book.peekSheet('KPI Dashboard')!.charts;
    const expected: ChartSnapshot = {
      chartId: dashboard.getCharts()[0]!.getChartId()!,
      type: 'COLUMN',
      ranges: ["'KPI Register'!A1:C4"],
      options: { title: 'Target vs actual' },
      numHeaders: -1,
      transpose: false,
      mergeStrategy: 'MERGE_COLUMNS',
      hiddenDimensionStrategy: 'IGNORE_BOTH',
      position: { anchorRow: 2, anchorColumn: 3, offsetX: 5, offsetY: 6 },
    };
    expect(chart).toEqual(expected);
  });

  it('reads back its ranges, options and container once inserted', () => {
    const context = withData();
    const { dashboard } = context;
    dashboard.insertChart(columnChart(context));
    const [chart] = dashboard.getCharts();
    expect(chart!.getRanges().map((range) => range.getSheet().getName())).toEqual(['KPI Register']);
    expect(chart!.getOptions().get('title')).toBe('Target vs actual');
    expect(chart!.getContainerInfo().getAnchorColumn()).toBe(3);
    // Newer than the typings: a sheet chart is not a data-source chart.
    const sourced = chart as unknown as { asDataSourceChart(): unknown };
    expect(sourced.asDataSourceChart()).toBeNull();
  });

  it('is changed in place through modify() and updateChart, keeping its ID', () => {
    const context = withData();
    const { g, book, data, dashboard } = context;
    dashboard.insertChart(columnChart(context));
    const [chart] = dashboard.getCharts();
    const id = chart!.getChartId();
    const modified = chart!
      .modify()
      .asBarChart()
      .setTitle('Sideways')
      .setStacked()
      .addRange(data.getRange('A6:C8'))
      .setPosition(10, 1, 0, 0)
      .build();
    expect(modified.getChartId()).toBe(id);
    dashboard.updateChart(modified);
    const [snapshot] = book.peekSheet('KPI Dashboard')!.charts;
    expect(snapshot).toMatchObject({
      chartId: id,
      type: 'BAR',
      ranges: ["'KPI Register'!A1:C4", "'KPI Register'!A6:C8"],
      options: { title: 'Sideways', isStacked: true },
      position: { anchorRow: 10, anchorColumn: 1 },
    });
    expect(dashboard.getCharts()).toHaveLength(1);
    expect(String(dashboard.getCharts()[0]!.modify().getChartType())).toBe(g.Charts.ChartType.BAR);
  });

  it('is removed with removeChart, and cannot then be updated or removed again', () => {
    const context = withData();
    const { dashboard } = context;
    dashboard.insertChart(columnChart(context));
    const [chart] = dashboard.getCharts();
    dashboard.removeChart(chart!);
    expect(dashboard.getCharts()).toEqual([]);
    expect(() => dashboard.removeChart(chart!)).toThrow(
      'The chart is not on the sheet "KPI Dashboard".',
    );
    expect(() => dashboard.updateChart(chart!.modify().build())).toThrow(
      'The chart is not on the sheet "KPI Dashboard".',
    );
  });

  it('refuses to insert a chart without a chart type, or one already in the spreadsheet', () => {
    const context = withData();
    const { data, dashboard } = context;
    const untyped = dashboard.newChart().addRange(data.getRange('A1:B4')).build();
    expect(() => dashboard.insertChart(untyped)).toThrow(
      'The chart has no chart type: call setChartType(Charts.ChartType.…) or asColumnChart()',
    );
    const chart = columnChart(context);
    dashboard.insertChart(chart);
    expect(() => data.insertChart(chart)).toThrow('This chart is already in the spreadsheet.');
    expect(() => dashboard.insertChart(chart.modify().build())).toThrow(
      'This chart is already in the spreadsheet.',
    );
  });

  it('refuses an anchor outside the sheet it is inserted on', () => {
    const { g, ss, data } = withData();
    const small = ss.insertSheet('Small');
    small.deleteRows(5, 996);
    const chart = small
      .newChart()
      .setChartType(g.Charts.ChartType.PIE)
      .addRange(data.getRange('A1:B4'))
      .setPosition(9, 1, 0, 0)
      .build();
    expect(() => small.insertChart(chart)).toThrow(
      "The chart's anchor cell must be on the sheet: row 1 to 4, column 1 to 26.",
    );
  });

  it('follows row and column inserts and deletes on its ranges’ sheet and on its own', () => {
    const context = withData();
    const { book, data, dashboard } = context;
    dashboard.insertChart(columnChart(context));
    data.insertRowsBefore(1, 2);
    data.insertRowsAfter(4, 1);
    data.insertColumnsBefore(1, 1);
    expect(book.peekSheet('KPI Dashboard')!.charts[0]!.ranges).toEqual(["'KPI Register'!B3:D7"]);
    dashboard.insertRowsBefore(1, 3);
    dashboard.deleteColumns(1, 2);
    expect(book.peekSheet('KPI Dashboard')!.charts[0]!.position).toMatchObject({
      anchorRow: 5,
      anchorColumn: 1,
    });
    data.deleteRows(1, 10);
    expect(book.peekSheet('KPI Dashboard')!.charts[0]!.ranges).toEqual([]);
  });

  it('drops the ranges of a deleted sheet', () => {
    const context = withData();
    const { book, ss, data, dashboard } = context;
    dashboard.insertChart(columnChart(context));
    ss.deleteSheet(data);
    expect(book.peekSheet('KPI Dashboard')!.charts[0]!.ranges).toEqual([]);
  });

  it('cannot be inserted, changed or removed on a protected sheet by someone who may not edit it', () => {
    const context = withData();
    const { emu, dashboard } = context;
    dashboard.insertChart(columnChart(context));
    const protection = dashboard.protect();
    protection.removeEditors(protection.getEditors());
    emu.setUser('colleague@example.com');
    const [chart] = dashboard.getCharts();
    expect(() => dashboard.insertChart(columnChart(context))).toThrow(/protected cell or object/);
    expect(() => dashboard.removeChart(chart!)).toThrow(/protected cell or object/);
  });

  it('counts every call, the sheet calls under SpreadsheetApp', () => {
    const context = withData();
    const { emu, dashboard } = context;
    const chart = columnChart(context);
    emu.calls.reset();
    dashboard.insertChart(chart);
    dashboard.getCharts()[0]!.getOptions().get('title');
    expect(emu.calls.log).toEqual([
      'Sheet.insertChart',
      'Sheet.getCharts',
      'EmbeddedChart.getOptions',
      'ChartOptions.get',
    ]);
    expect(emu.calls.total('SpreadsheetApp')).toBe(3);
    expect(emu.calls.total('Charts')).toBe(1);
  });

  it('is saved by toJSON and restored with its ID, ranges, options and position', () => {
    const context = withData();
    const { emu, book, g, data, dashboard } = context;
    const style = g.Charts.newTextStyle().setColor('#123456').build();
    dashboard.insertChart(
      dashboard
        .newChart()
        .asLineChart()
        .setTitleTextStyle(style)
        .setOption('hAxis.viewWindow.min', new Date('2025-01-01T00:00:00Z'))
        .addRange(data.getRange('A1:C4'))
        .build(),
    );
    const again = restoreEmulator(JSON.parse(JSON.stringify(emu.toJSON())));
    const restored = again.getSpreadsheet(book.id)!;
    expect(restored.peekSheet('KPI Dashboard')!.charts).toEqual(
      book.peekSheet('KPI Dashboard')!.charts,
    );
    const sheet = appsScriptGlobals(again)
      .SpreadsheetApp.openById(book.id)
      .getSheetByName('KPI Dashboard')!;
    const [chart] = sheet.getCharts();
    expect(chart!.getOptions().get('hAxis.viewWindow.min')).toEqual(
      new Date('2025-01-01T00:00:00Z'),
    );
    const next = columnChart({
      ...context,
      g: appsScriptGlobals(again),
      dashboard: sheet,
      data: sheet,
    });
    sheet.insertChart(next);
    expect(next.getChartId()).not.toBe(chart!.getChartId());
  });
});
