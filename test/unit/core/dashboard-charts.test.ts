import {
  chartSignature,
  dashboardChartSpecs,
  DASHBOARD_CHART_KEYS,
} from '../../../src/core/dashboard-charts';
import { CHART_TOP_ROW, TABLE_TITLE_ROW } from '../../../src/core/dashboard-layout';

describe('dashboardChartSpecs', () => {
  const specs = dashboardChartSpecs(100);

  it('makes the five charts: stacked ratings, the score line, department and role bars, the status pie', () => {
    expect(specs.map((spec) => [spec.key, spec.type])).toEqual([
      ['ratings', 'COLUMN'],
      ['scoreTrend', 'LINE'],
      ['departments', 'BAR'],
      ['roles', 'BAR'],
      ['reviewStatus', 'PIE'],
    ]);
    expect(specs.map((spec) => spec.key)).toEqual([...DASHBOARD_CHART_KEYS]);
    expect(specs[0]?.options.isStacked).toBe(true);
  });

  it('reads each table from its header row through its room: the ratings without the averages', () => {
    expect(specs.map((spec) => spec.ranges)).toEqual([
      ['K40:Q140'],
      ['K40:K140', 'R40:R140'],
      ['U40:V140'],
      ['Y40:Z140'],
      ['AC40:AD45'],
    ]);
  });

  it('follows the tables’ room', () => {
    expect(dashboardChartSpecs(130)[2]?.ranges).toEqual(['U40:V170']);
  });

  it('titles every chart and colours ratings from red to green, Incomplete grey', () => {
    expect(specs.every((spec) => typeof spec.options.title === 'string')).toBe(true);
    expect(specs[0]?.options.colors).toEqual([
      '#ea4335',
      '#fbbc04',
      '#a8c7fa',
      '#34a853',
      '#188038',
      '#bdc1c6',
    ]);
  });

  it('places the charts in two rows between the key figures and the tables, none over another', () => {
    const boxes = specs.map((spec) => ({
      top: spec.place.row,
      width: Number(spec.options.width),
      height: Number(spec.options.height),
    }));
    expect(boxes.every((box) => box.top >= CHART_TOP_ROW)).toBe(true);
    // Two rows of 320-pixel charts end above the tables' titles (rows are 21 pixels).
    for (const spec of specs) {
      const bottom = (spec.place.row - 1) * 21 + spec.place.offsetY + Number(spec.options.height);
      expect(bottom).toBeLessThanOrEqual((TABLE_TITLE_ROW - 1) * 21);
    }
    expect(specs[0]?.place).toEqual({ row: CHART_TOP_ROW, column: 1, offsetX: 0, offsetY: 0 });
    expect(specs[2]?.place.row).toBeGreaterThan(specs[0]!.place.row);
    expect(specs[1]?.place.column).toBeGreaterThan(1);
  });
});

describe('chartSignature', () => {
  it('changes with the ranges or options, not with the place', () => {
    const [spec] = dashboardChartSpecs(100);
    if (!spec) throw new Error('no spec');
    const moved = { ...spec, place: { row: 60, column: 3, offsetX: 5, offsetY: 5 } };
    expect(chartSignature(moved)).toBe(chartSignature(spec));
    expect(chartSignature({ ...spec, ranges: ['K40:Q170'] })).not.toBe(chartSignature(spec));
    expect(chartSignature({ ...spec, options: { ...spec.options, title: 'x' } })).not.toBe(
      chartSignature(spec),
    );
  });
});
