import fc from 'fast-check';
import {
  convertWholePercentRole,
  formatMeasure,
  fractionFromPercent,
  isPercentUnit,
  percentFromFraction,
  usesWholePercents,
  wholePercentBound,
  wholePercentsToFractions,
} from '../../../src/core/percent-scale';

const percentKpi = { name: 'Win rate', unit: '%', threshold: 0.15, target: 0.25, stretch: 0.35 };
const dealSize = { name: 'Deal size', unit: 'USD', threshold: 12000, target: 20000, stretch: null };

describe('isPercentUnit', () => {
  it('recognises percent units however they are written', () => {
    expect(['%', ' % ', 'percent', 'Percentage'].map(isPercentUnit)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('leaves other units alone, percentage points included', () => {
    expect(['days', 'percentage points', '% of tickets', '', undefined].map(isPercentUnit)).toEqual(
      [false, false, false, false, false],
    );
  });
});

describe('fractionFromPercent and percentFromFraction', () => {
  it('turn percents into the fractions Sheets stores and back, without float noise', () => {
    expect(fractionFromPercent(95)).toBe(0.95);
    expect(fractionFromPercent(99.95)).toBe(0.9995);
    expect(percentFromFraction(0.07)).toBe(7);
    expect(percentFromFraction(1.3)).toBe(130);
  });

  it('give back the percent typed for any percent with up to two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (hundredths) => {
        const percent = hundredths / 100;
        return percentFromFraction(fractionFromPercent(percent)) === percent;
      }),
    );
  });
});

describe('formatMeasure', () => {
  it("shows a percent KPI's fraction as a percent and other numbers as they are", () => {
    expect(formatMeasure(0.95, '%')).toBe('95%');
    expect(formatMeasure(20000, 'USD')).toBe('20000');
  });
});

describe('wholePercentBound', () => {
  it('finds the first number of a percent KPI beyond 1000%, which only a whole percent is', () => {
    expect(wholePercentBound({ ...percentKpi, threshold: 15, target: 25 })).toEqual({
      field: 'threshold',
      value: 15,
    });
    expect(wholePercentBound({ ...percentKpi, stretch: -40 })).toEqual({
      field: 'stretch',
      value: -40,
    });
  });

  it('accepts fractions up to 1000%, and any number of a KPI in another unit', () => {
    expect(wholePercentBound({ ...percentKpi, stretch: 10 })).toBeNull();
    expect(wholePercentBound(dealSize)).toBeNull();
  });
});

describe('wholePercentsToFractions', () => {
  it("turns a percent KPI's whole percents into fractions and leaves blanks blank", () => {
    expect(
      wholePercentsToFractions({ ...percentKpi, threshold: null, target: 95, stretch: 100 }),
    ).toEqual({ ...percentKpi, threshold: null, target: 0.95, stretch: 1 });
  });

  it('leaves a KPI in another unit as it is', () => {
    expect(wholePercentsToFractions(dealSize)).toBe(dealSize);
  });
});

describe('convertWholePercentRole', () => {
  it("converts every percent KPI of an earlier version's role, small percents included", () => {
    const churn = { name: 'Logo churn', unit: '%', threshold: 5, target: 2.5, stretch: 1 };
    const winRate = { ...percentKpi, threshold: 15, target: 25, stretch: 35 };
    expect(usesWholePercents([winRate, churn, dealSize])).toBe(true);
    expect(convertWholePercentRole([winRate, churn, dealSize])).toEqual({
      kpis: [percentKpi, { ...churn, threshold: 0.05, target: 0.025, stretch: 0.01 }, dealSize],
      converted: ['Win rate', 'Logo churn'],
    });
  });

  it('leaves a role kept in fractions unchanged', () => {
    expect(usesWholePercents([percentKpi, dealSize])).toBe(false);
    expect(convertWholePercentRole([percentKpi, dealSize])).toEqual({
      kpis: [percentKpi, dealSize],
      converted: [],
    });
  });
});
