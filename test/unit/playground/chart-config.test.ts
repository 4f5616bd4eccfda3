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
    stacked: 'none',
    legend: 'top',
    axisTitles: { horizontal: '', vertical: 'People' },
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
  it('draws columns with a start-aligned title, gaps for blanks and no animation', () => {
    const config = chartConfiguration(view());
    expect(config.type).toBe('bar');
    expect(dig(config, 'options', 'animation')).toBe(false);
    expect(dig(config, 'options', 'plugins', 'title')).toMatchObject({
      display: true,
      text: 'Ratings',
      align: 'start',
    });
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
    expect(dig(chartConfiguration(view({ type: 'BAR' })), 'options', 'indexAxis')).toBe('y');
    const area = chartConfiguration(view({ type: 'AREA' }));
    expect(area.type).toBe('line');
    expect(dig(area, 'data', 'datasets', 0, 'fill')).toBe('origin');
    const combo = chartConfiguration(view({ type: 'COMBO' }));
    expect(combo.data.datasets.map((dataset) => dataset.type)).toEqual(['bar', 'line']);
  });

  it('colours the slices of a pie one by one and shows its legend', () => {
    const pie = chartConfiguration(view({ type: 'PIE', series: view().series.slice(0, 1) }));
    expect(pie.type).toBe('pie');
    expect(dig(pie, 'data', 'datasets', 0, 'backgroundColor')).toEqual(['#4285f4', '#ea4335']);
    expect(dig(pie, 'options', 'plugins', 'legend', 'display')).toBe(true);
    expect(dig(pie, 'options', 'scales')).toEqual({});
  });
});
