import { chartSignature, dashboardChartSpecs } from '../../../src/core/dashboard-charts';
import {
  dashboardLayoutKey,
  dashboardOwnership,
  planDashboardCharts,
  planDashboardWrites,
} from '../../../src/core/dashboard-plan';
import type { DashboardRegistry } from '../../../src/core/dashboard-registry';
import type { DashboardWrites } from '../../../src/core/dashboard-writes';

const specs = dashboardChartSpecs(100);

/** A registry that knows every chart by the given IDs, as the last refresh left it. */
function registryOf(ids: number[]): DashboardRegistry {
  const charts: DashboardRegistry['charts'] = {};
  specs.forEach((spec, index) => {
    const id = ids[index];
    if (id !== undefined) charts[spec.key] = { id, signature: chartSignature(spec) };
  });
  return { version: 1, sheetId: 7, charts };
}

describe('planDashboardCharts', () => {
  it('inserts every chart on a new dashboard', () => {
    expect(planDashboardCharts(specs, null, []).map((step) => step.action)).toEqual([
      'insert',
      'insert',
      'insert',
      'insert',
      'insert',
    ]);
  });

  it('leaves the add-on’s charts alone when nothing about them changed', () => {
    const steps = planDashboardCharts(specs, registryOf([1, 2, 3, 4, 5]), [1, 2, 3, 4, 5]);
    expect(steps.map((step) => step.action)).toEqual(['leave', 'leave', 'leave', 'leave', 'leave']);
  });

  it('updates in place a chart whose spec changed, keeping its ID', () => {
    const registry = registryOf([1, 2, 3, 4, 5]);
    const grown = dashboardChartSpecs(130);
    const steps = planDashboardCharts(grown, registry, [1, 2, 3, 4, 5]);
    expect(steps.map((step) => step.action)).toEqual([
      'update',
      'update',
      'update',
      'update',
      'leave',
    ]);
    expect(steps[0]).toMatchObject({ action: 'update', chartId: 1 });
  });

  it('inserts again a chart a person deleted, and only that one', () => {
    const steps = planDashboardCharts(specs, registryOf([1, 2, 3, 4, 5]), [1, 2, 4, 5]);
    expect(steps.map((step) => step.action)).toEqual([
      'leave',
      'leave',
      'insert',
      'leave',
      'leave',
    ]);
  });

  it('never plans anything for a chart it does not know', () => {
    const steps = planDashboardCharts(specs, registryOf([1, 2, 3, 4, 5]), [1, 2, 3, 4, 5, 99]);
    expect(steps).toHaveLength(5);
    expect(steps.some((step) => 'chartId' in step && step.chartId === 99)).toBe(false);
  });
});

describe('dashboardOwnership', () => {
  it('calls a sheet the add-on’s when one of its charts is on it', () => {
    expect(dashboardOwnership(registryOf([1, 2, 3, 4, 5]), [99, 3])).toBe('ours');
  });

  it('asks for the sheet ID when none of its charts is there any more', () => {
    expect(dashboardOwnership(registryOf([1, 2, 3, 4, 5]), [99])).toBe('ask the sheet ID');
    expect(dashboardOwnership(registryOf([1, 2, 3, 4, 5]), [])).toBe('ask the sheet ID');
  });

  it('never adopts a sheet when the add-on has no registry', () => {
    expect(dashboardOwnership(null, [1, 2])).toBe('not ours');
  });
});

describe('planDashboardWrites', () => {
  const last: DashboardWrites = {
    sheetId: 7,
    layoutKey: '1:100',
    healthKey: 'values',
    formatsKey: 'formats',
    healthRows: 10,
  };
  const same = { layoutKey: '1:100', healthKey: 'values', formatsKey: 'formats', healthRows: 10 };

  it('writes everything when nothing is known of the last refresh (a new sheet, a copied spreadsheet)', () => {
    expect(planDashboardWrites(null, same, 0)).toEqual({
      layout: true,
      healthValues: true,
      healthFormats: true,
      healthHeight: 10,
    });
  });

  it('writes nothing when the layout and target health are what the last refresh wrote', () => {
    expect(planDashboardWrites(last, same, 0)).toEqual({
      layout: false,
      healthValues: false,
      healthFormats: false,
      healthHeight: 10,
    });
  });

  it('writes target health’s values over the longer of the old and new tables when a figure changed', () => {
    expect(planDashboardWrites(last, { ...same, healthKey: 'other', healthRows: 6 }, 0)).toEqual({
      layout: false,
      healthValues: true,
      healthFormats: false,
      healthHeight: 10,
    });
  });

  it('clears down the body of an existing dashboard when nothing is known of its last table', () => {
    expect(planDashboardWrites(null, { ...same, healthRows: 6 }, 100).healthHeight).toBe(100);
  });

  it('writes the formats alone when only they changed', () => {
    expect(planDashboardWrites(last, { ...same, formatsKey: 'other' }, 0)).toMatchObject({
      healthValues: false,
      healthFormats: true,
    });
  });

  it('writes the layout, and target health with it, when the layout changed', () => {
    expect(planDashboardWrites(last, { ...same, layoutKey: '1:130' }, 0)).toMatchObject({
      layout: true,
      healthValues: true,
      healthFormats: true,
    });
  });
});

describe('dashboardLayoutKey', () => {
  it('changes with the tables’ room', () => {
    expect(dashboardLayoutKey({ bodyRows: 100, rows: 160, columns: 32 })).toBe('2:100');
    expect(dashboardLayoutKey({ bodyRows: 130, rows: 190, columns: 32 })).toBe('2:130');
  });
});
