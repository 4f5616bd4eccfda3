import { chartSignature, dashboardChartSpecs } from '../../../src/core/dashboard-charts';
import {
  dashboardLayoutKey,
  dashboardOwnership,
  planDashboardCharts,
  planDashboardWrites,
} from '../../../src/core/dashboard-plan';
import type { DashboardRegistry } from '../../../src/core/dashboard-registry';

const specs = dashboardChartSpecs(100);

/** A registry that knows every chart by the given IDs, as the last refresh left it. */
function registryOf(ids: number[], overrides: Partial<DashboardRegistry> = {}): DashboardRegistry {
  const charts: DashboardRegistry['charts'] = {};
  specs.forEach((spec, index) => {
    const id = ids[index];
    if (id !== undefined) charts[spec.key] = { id, signature: chartSignature(spec) };
  });
  return {
    version: 1,
    sheetId: 7,
    charts,
    layoutKey: '1:100',
    healthKey: 'k',
    healthRows: 10,
    ...overrides,
  };
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
  const registry = registryOf([1, 2, 3, 4, 5]);

  it('writes everything on a new sheet', () => {
    expect(planDashboardWrites(registry, '1:100', 'k', 10, true)).toEqual({
      layout: true,
      health: true,
      healthHeight: 10,
    });
  });

  it('writes nothing when the layout and target health are what the registry says', () => {
    expect(planDashboardWrites(registry, '1:100', 'k', 10, false)).toEqual({
      layout: false,
      health: false,
      healthHeight: 10,
    });
  });

  it('writes target health over the longer of the old and new tables when its figures changed', () => {
    expect(planDashboardWrites(registry, '1:100', 'other', 6, false)).toEqual({
      layout: false,
      health: true,
      healthHeight: 10,
    });
  });

  it('writes the layout, and target health with it, when the layout changed', () => {
    expect(planDashboardWrites(registry, '1:130', 'k', 10, false)).toMatchObject({
      layout: true,
      health: true,
    });
  });
});

describe('dashboardLayoutKey', () => {
  it('changes with the tables’ room', () => {
    expect(dashboardLayoutKey({ bodyRows: 100, rows: 160, columns: 32 })).toBe('1:100');
    expect(dashboardLayoutKey({ bodyRows: 130, rows: 190, columns: 32 })).toBe('1:130');
  });
});
