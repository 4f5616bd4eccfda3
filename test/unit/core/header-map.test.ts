import { locateColumns, normaliseHeader, requireColumns } from '../../../src/core/header-map';

describe('finding columns by header text', () => {
  it('matches headers ignoring case and spaces', () => {
    expect(normaliseHeader(' Review  Cadence ')).toBe(normaliseHeader('reviewcadence'));
    expect(
      locateColumns(['review cadence', 'KPI  ID'], ['KPI ID', 'Review cadence']).index,
    ).toEqual({ 'KPI ID': 1, 'Review cadence': 0 });
  });

  it('finds columns wherever the user moved them, between the user’s own columns', () => {
    const row = ['My notes', 'Target', 'Budget', 'KPI', 'Role'];
    expect(locateColumns(row, ['Role', 'KPI', 'Target'])).toEqual({
      index: { Role: 4, KPI: 3, Target: 1 },
      missing: [],
    });
  });

  it('lists missing headers in the expected order', () => {
    expect(locateColumns(['Role'], ['KPI ID', 'Role', 'KPI']).missing).toEqual(['KPI ID', 'KPI']);
  });

  it('takes the first of duplicate headers', () => {
    expect(locateColumns(['KPI', 'Role', 'kpi'], ['KPI']).index.KPI).toBe(0);
  });

  it('treats blank and non-text header cells as no header', () => {
    expect(locateColumns(['', null, 42, new Date(0)], ['KPI'])).toEqual({
      index: {},
      missing: ['KPI'],
    });
  });

  it('fails with the sheet name, the missing columns and the fix when a header is required', () => {
    expect(() => requireColumns(['Role'], ['KPI ID', 'Role', 'Target'], 'KPI Register')).toThrow(
      'The KPI Register sheet has no "KPI ID", "Target" columns in its header row. Run "Set up sheets"',
    );
    expect(requireColumns(['Role', 'KPI ID'], ['KPI ID'], 'KPI Register').index).toEqual({
      'KPI ID': 1,
    });
  });
});
