import {
  parseDashboardRegistry,
  serializeDashboardRegistry,
  type DashboardRegistry,
} from '../../../src/core/dashboard-registry';

const registry: DashboardRegistry = {
  version: 1,
  sheetId: 42,
  charts: { ratings: { id: 7919, signature: 'COLUMN|K40:Q140|{}' } },
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
    });
    expect(parseDashboardRegistry(text)?.charts).toEqual({ ratings: { id: 7919, signature: 's' } });
  });
});
