import {
  parseDashboardRegistry,
  serializeDashboardRegistry,
  type DashboardRegistry,
} from '../../../src/core/dashboard-registry';

const registry: DashboardRegistry = {
  version: 1,
  sheetId: 42,
  charts: { ratings: { id: 7919, signature: 'COLUMN|K40:Q140|{}' } },
  layoutKey: '1:100',
  healthKey: 'ab12cd34:900',
  healthRows: 24,
};

describe('the dashboard registry', () => {
  it('reads back what it stored', () => {
    expect(parseDashboardRegistry(serializeDashboardRegistry(registry))).toEqual(registry);
  });

  it('reads nothing stored, text that is not JSON, or another version, as no registry', () => {
    expect(parseDashboardRegistry(null)).toBeNull();
    expect(parseDashboardRegistry('')).toBeNull();
    expect(parseDashboardRegistry('{not json')).toBeNull();
    expect(parseDashboardRegistry(JSON.stringify({ ...registry, version: 2 }))).toBeNull();
    expect(parseDashboardRegistry(JSON.stringify({ ...registry, sheetId: 'x' }))).toBeNull();
  });

  it('drops charts it cannot read and unknown chart names, keeping the rest', () => {
    const text = JSON.stringify({
      ...registry,
      charts: {
        ratings: { id: 7919, signature: 's' },
        roles: { id: 'x', signature: 's' },
        gauge: { id: 3, signature: 's' },
      },
      healthRows: -3,
    });
    const parsed = parseDashboardRegistry(text);
    expect(parsed?.charts).toEqual({ ratings: { id: 7919, signature: 's' } });
    expect(parsed?.healthRows).toBe(0);
  });
});
