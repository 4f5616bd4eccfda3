import { percentWhole } from '../../../../src/core/smart-check/kpi-percent';
import { outcome } from './fixture';

describe('kpi.percent.whole', () => {
  it("refuses an earlier version's whole percents, naming the percent meant", () => {
    expect(outcome(percentWhole, { threshold: 0.7, target: 95, stretch: 1.3 })).toEqual({
      message:
        'Target 9500% is more than 1000%: it reads like a whole percent (95 for 95%), as earlier versions stored percents.',
      fix: 'Percent KPIs hold fractions shown as percents: enter 95% (Sheets stores 0.95).',
    });
    expect(percentWhole).toMatchObject({ letter: 'M', severity: 'error' });
  });

  it('accepts fractions up to 1000% and leaves other units alone', () => {
    expect(outcome(percentWhole, { stretch: 10 })).toBeNull();
    expect(outcome(percentWhole, { unit: 'USD', threshold: 12000, target: 20000 })).toBeNull();
  });
});
