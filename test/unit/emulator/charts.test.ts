import { ChartOptions, readChartOption, setChartOption } from '../../../emulator/charts';
import { setUp } from './set-up';

describe('Charts', () => {
  it('is a global with the chart enums, whose values are their names', () => {
    const { g } = setUp();
    const { Charts } = g;
    expect(String(Charts.ChartType.COLUMN)).toBe('COLUMN');
    expect(Object.keys(Charts.ChartType)).toEqual(
      expect.arrayContaining(['AREA', 'BAR', 'COLUMN', 'COMBO', 'LINE', 'PIE', 'SCATTER', 'TABLE']),
    );
    expect(Object.keys(Charts.ChartMergeStrategy)).toEqual(['MERGE_COLUMNS', 'MERGE_ROWS']);
    expect(Object.keys(Charts.ChartHiddenDimensionStrategy)).toEqual([
      'IGNORE_BOTH',
      'IGNORE_ROWS',
      'IGNORE_COLUMNS',
      'SHOW_BOTH',
    ]);
    expect(Object.keys(Charts.Position)).toEqual(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
    expect(Object.keys(Charts.CurveStyle)).toEqual(['NORMAL', 'SMOOTH']);
    expect(Object.keys(Charts.PointStyle)).toEqual(['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE']);
  });

  it('builds text styles, counted as builder calls', () => {
    const { emu, g } = setUp();
    emu.calls.reset();
    const style = g.Charts.newTextStyle().setColor('#336699').setFontSize(14).build();
    expect([style.getColor(), style.getFontSize(), style.getFontName()]).toEqual([
      '#336699',
      14,
      '',
    ]);
    expect(emu.calls.log.slice(0, 4)).toEqual([
      'Charts.newTextStyle',
      'TextStyleBuilder.setColor',
      'TextStyleBuilder.setFontSize',
      'TextStyleBuilder.build',
    ]);
    expect(emu.calls.total('builder')).toBe(emu.calls.total());
  });

  it('reads an option set as a nested object through a dotted key, and gathers dotted keys', () => {
    const options = new Map<string, unknown>();
    setChartOption(options, 'legend', { position: 'top', textStyle: { color: 'red' } });
    setChartOption(options, 'hAxis.title', 'Month');
    setChartOption(options, 'hAxis.direction', -1);
    expect(readChartOption(options, 'legend.position')).toBe('top');
    expect(readChartOption(options, 'legend.textStyle.color')).toBe('red');
    expect(readChartOption(options, 'hAxis')).toEqual({ title: 'Month', direction: -1 });
    expect(readChartOption(options, 'vAxis')).toBeUndefined();
  });

  it('writes a dotted key into an object set above it, and replaces keys set beneath it', () => {
    const options = new Map<string, unknown>();
    setChartOption(options, 'legend', { position: 'top' });
    setChartOption(options, 'legend.position', 'bottom');
    expect([...options.keys()]).toEqual(['legend']);
    expect(readChartOption(options, 'legend')).toEqual({ position: 'bottom' });
    setChartOption(options, 'vAxis.title', 'Score');
    setChartOption(options, 'vAxis', { logScale: true });
    expect(Object.fromEntries(options)).toEqual({
      legend: { position: 'bottom' },
      vAxis: { logScale: true },
    });
  });

  it('hands out copies, so changing what get() returned changes nothing', () => {
    const options = new Map<string, unknown>();
    setChartOption(options, 'colors', ['#111111']);
    const chartOptions = new ChartOptions(options);
    (chartOptions.get('colors') as string[]).push('#222222');
    expect(chartOptions.get('colors')).toEqual(['#111111']);
    expect(chartOptions.get('title')).toBeNull();
    expect(chartOptions.getOrDefault('title')).toBeNull();
  });
});
