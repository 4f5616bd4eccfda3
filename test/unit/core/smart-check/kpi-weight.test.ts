import { weightInvalid, weightZero } from '../../../../src/core/smart-check/kpi-weight';
import { outcome } from './fixture';

describe('kpi.weight.invalid', () => {
  it('refuses a weight outside 0–100 or not a number', () => {
    for (const weight of [-30, 120, Number.NaN, '15' as never])
      expect(outcome(weightInvalid, { weight })?.message).toBe(
        'The weight is not a number from 0 to 100.',
      );
  });

  it('accepts 0 to 100 with decimals', () => {
    for (const weight of [0, 33.33, 100]) expect(outcome(weightInvalid, { weight })).toBeNull();
  });
});

describe('kpi.weight.zero', () => {
  it('warns that a weight of 0 leaves the KPI out of the score', () => {
    expect(outcome(weightZero, { weight: 0 })?.message).toBe(
      'The weight is 0, so this KPI does not count toward the role score.',
    );
    expect(weightZero).toMatchObject({ letter: 'R', severity: 'warning' });
    expect(outcome(weightZero, { weight: 5 })).toBeNull();
  });
});
