import { dataSourceMissing } from '../../../../src/core/smart-check/kpi-data-source';
import { outcome } from './fixture';

describe('kpi.data-source.missing', () => {
  it('warns when nobody can say where the actual comes from', () => {
    expect(outcome(dataSourceMissing, { dataSource: ' ' })?.message).toBe(
      'The KPI has no data source.',
    );
    expect(dataSourceMissing).toMatchObject({ letter: 'M', severity: 'warning' });
  });

  it('is satisfied by any data source', () => {
    expect(outcome(dataSourceMissing, { dataSource: 'HRIS' })).toBeNull();
  });
});
