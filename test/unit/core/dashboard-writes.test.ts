import { fingerprintOf, readDashboardWrites } from '../../../src/core/dashboard-writes';

const record = { sheetId: 7, layoutKey: '1:100', healthKey: 'a', formatsKey: 'b', healthRows: 3 };

describe('readDashboardWrites', () => {
  it('reads the record of the dashboard sheet it is asked about', () => {
    expect(readDashboardWrites(JSON.stringify(record), 7)).toEqual(record);
  });

  it('reads a record of another sheet (a dashboard made again) as none', () => {
    expect(readDashboardWrites(JSON.stringify(record), 8)).toBeNull();
  });

  it('reads nothing, text that is not JSON or a record missing a field as none', () => {
    expect(readDashboardWrites(null, 7)).toBeNull();
    expect(readDashboardWrites('{', 7)).toBeNull();
    expect(readDashboardWrites(JSON.stringify({ ...record, healthRows: -1 }), 7)).toBeNull();
    expect(readDashboardWrites(JSON.stringify({ ...record, formatsKey: 3 }), 7)).toBeNull();
  });
});

describe('fingerprintOf', () => {
  it('is the same for the same block and changes with any cell', () => {
    const block = [
      ['KPI-0001', 0.5],
      ['KPI-0002', ''],
    ];
    expect(fingerprintOf(block)).toBe(fingerprintOf(JSON.parse(JSON.stringify(block))));
    expect(fingerprintOf([block[0], ['KPI-0002', 0]])).not.toBe(fingerprintOf(block));
    expect(fingerprintOf(block)).toMatch(/^[0-9a-f]{8}:\d+$/);
  });
});
