import { chartConfiguration } from '../../../playground/client/chart-config';
import type { ChartView } from '../../../playground/protocol';

function view(overrides: Partial<ChartView> = {}): ChartView {
  return {
    chartId: 1,
    type: 'COLUMN',
    title: 'Ratings',
    anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    width: 600,
    height: 371,
    labels: ['Sales', 'IT'],
    series: [
      { name: 'Meets', values: [4, 3], color: '#4285f4', kind: 'bars' },
      { name: 'Exceeds', values: [1, null], color: '#ea4335', kind: 'line' },
    ],
    colors: ['#4285f4', '#ea4335'],
    valueFormat: 'number',
    stacked: 'none',
    legend: 'top',
    axisTitles: { horizontal: '', vertical: 'People' },
    valueRange: { min: null, max: null },
    pointSize: 0,
    smooth: false,
    pieHole: 0,
    background: '#ffffff',
    ...overrides,
  };
}

/** The value at a path of keys inside a configuration. */
function dig(value: unknown, ...keys: Array<string | number>): unknown {
  return keys.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[key]
        : undefined,
    value,
  );
}

describe('Chart.js configurations that look like Sheets charts', () => {
  it('draws columns with gaps for blanks, no animation, and the title left to the page', () => {
    const config = chartConfiguration(view());
    expect(config.type).toBe('bar');
    expect(dig(config, 'options', 'animation')).toBe(false);
    expect(dig(config, 'options', 'plugins', 'title', 'display')).toBe(false);
    expect(dig(config, 'data', 'datasets', 1, 'data')).toEqual([1, null]);
    expect(dig(config, 'options', 'scales', 'y', 'title')).toMatchObject({
      display: true,
      text: 'People',
    });
  });

  it('stacks both axes for a stacked chart, and turns values into shares for a percent stack', () => {
    const stacked = chartConfiguration(view({ stacked: 'absolute' }));
    expect(dig(stacked, 'options', 'scales', 'x', 'stacked')).toBe(true);
    expect(dig(stacked, 'options', 'scales', 'y', 'stacked')).toBe(true);
    const percent = chartConfiguration(view({ stacked: 'percent' }));
    expect(dig(percent, 'data', 'datasets', 0, 'data')).toEqual([80, 100]);
    expect(dig(percent, 'options', 'scales', 'y', 'max')).toBe(100);
  });

  it('lays bars along the y axis, fills areas, and mixes bars and lines in a combo', () => {
    const bar = chartConfiguration(
      view({ type: 'BAR', axisTitles: { horizontal: 'Actual', vertical: 'Team' } }),
    );
    expect(dig(bar, 'options', 'indexAxis')).toBe('y');
    // A bar chart's horizontal axis holds the values and takes hAxis.title, as in Google Charts.
    expect(dig(bar, 'options', 'scales', 'x', 'title', 'text')).toBe('Actual');
    expect(dig(bar, 'options', 'scales', 'y', 'title', 'text')).toBe('Team');
    const area = chartConfiguration(view({ type: 'AREA' }));
    expect(area.type).toBe('line');
    expect(dig(area, 'data', 'datasets', 0, 'fill')).toBe('origin');
    const combo = chartConfiguration(view({ type: 'COMBO' }));
    expect(combo.data.datasets.map((dataset) => dataset.type)).toEqual(['bar', 'line']);
  });

  it('reads the value axis as the cells read: percents, or grouped thousands', () => {
    const ticks = (overrides: Partial<ChartView>) =>
      dig(chartConfiguration(view(overrides)), 'options', 'scales', 'y', 'ticks', 'callback') as (
        value: number,
      ) => string;
    expect(ticks({ valueFormat: 'percent' })(0.25)).toBe('25%');
    expect(ticks({})(12000)).toBe('12,000');
    expect(ticks({ stacked: 'percent' })(40)).toBe('40%');
  });

  it('shows one solid legend dot per series, bars and lines alike, and hides the legend of one series', () => {
    const config = chartConfiguration(view());
    const generate = dig(config, 'options', 'plugins', 'legend', 'labels', 'generateLabels') as (
      chart: unknown,
    ) => Array<{ text: string; fillStyle: string; lineWidth: number }>;
    const items = generate({ isDatasetVisible: () => true });
    expect(items.map(({ text, fillStyle, lineWidth }) => ({ text, fillStyle, lineWidth }))).toEqual(
      [
        { text: 'Meets', fillStyle: '#4285f4', lineWidth: 0 },
        { text: 'Exceeds', fillStyle: '#ea4335', lineWidth: 0 },
      ],
    );
    const single = chartConfiguration(view({ series: view().series.slice(0, 1) }));
    expect(dig(single, 'options', 'plugins', 'legend', 'display')).toBe(false);
  });

  it('widens the value axis to a set range, dots and smooths lines, and cuts a donut’s hole', () => {
    const line = chartConfiguration(
      view({ type: 'LINE', valueRange: { min: 0, max: 1.5 }, pointSize: 7, smooth: true }),
    );
    expect(dig(line, 'options', 'scales', 'y')).toMatchObject({
      suggestedMin: 0,
      suggestedMax: 1.5,
    });
    expect(dig(line, 'data', 'datasets', 0)).toMatchObject({ pointRadius: 3.5, tension: 0.4 });
    const donut = chartConfiguration(view({ type: 'PIE', pieHole: 0.5 }));
    expect(dig(donut, 'options', 'cutout')).toBe('50%');
  });

  it('colours the slices of a pie one by one and shows its legend', () => {
    const pie = chartConfiguration(view({ type: 'PIE', series: view().series.slice(0, 1) }));
    expect(pie.type).toBe('pie');
    expect(dig(pie, 'data', 'datasets', 0, 'backgroundColor')).toEqual(['#4285f4', '#ea4335']);
    expect(dig(pie, 'options', 'plugins', 'legend', 'display')).toBe(true);
    expect(dig(pie, 'options', 'scales')).toEqual({});
    // Each slice's share is written on it, as Sheets does.
    expect(pie.plugins?.map((plugin) => plugin.id)).toEqual(['sheetsPieSliceLabels']);
  });
});
