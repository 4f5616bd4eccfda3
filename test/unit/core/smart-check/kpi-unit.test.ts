import { unitMissing } from '../../../../src/core/smart-check/kpi-unit';
import { outcome } from './fixture';

describe('kpi.unit.missing', () => {
  it('asks for the unit of the actual value', () => {
    expect(outcome(unitMissing, { unit: '' })).toEqual({
      message: 'The KPI has no unit.',
      fix: 'Enter the unit of the actual value, e.g. %, days, hours, count or score (1-5).',
    });
    expect(unitMissing).toMatchObject({ letter: 'M', severity: 'error', fields: ['unit'] });
  });

  it('accepts any unit, a currency code included', () => {
    expect(outcome(unitMissing, { unit: 'EUR' })).toBeNull();
  });
});
