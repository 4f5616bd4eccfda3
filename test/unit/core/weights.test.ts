import fc from 'fast-check';
import {
  normaliseWeights,
  weightAsFraction,
  weightInHundredths,
  weightTotal,
  weightsReachTotal,
} from '../../../src/core/weights';

/** Weights as people type them: 0 to 1000 with at most two decimals. */
const typedWeight = fc.integer({ min: 0, max: 100_000 }).map((hundredths) => hundredths / 100);
const typedWeights = fc.array(typedWeight, { minLength: 1, maxLength: 15 });

/** Whole-number weights that sum to exactly 100, e.g. `[30, 0, 45, 25]`. */
const wholeSharesOf100 = fc
  .array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 })
  .filter((parts) => parts.reduce((sum, part) => sum + part, 0) <= 100)
  .map((parts) => [...parts, 100 - parts.reduce((sum, part) => sum + part, 0)]);

const hasAtMostTwoDecimals = (value: number): boolean => Math.round(value * 100) / 100 === value;

describe('weightTotal', () => {
  it('adds two-decimal weights exactly', () => {
    expect(weightTotal([33.33, 33.33, 33.34])).toBe(100);
    expect(weightTotal([0.1, 0.2, 99.7])).toBe(100);
  });

  it('counts non-numeric weights as zero', () => {
    expect(weightTotal([50, Number.NaN, 50, Number.POSITIVE_INFINITY])).toBe(100);
  });

  it('is zero for no weights', () => {
    expect(weightTotal([])).toBe(0);
  });
});

describe('weightsReachTotal', () => {
  it('accepts weights that sum to exactly 100', () => {
    expect(weightsReachTotal([10, 20, 30, 40])).toBe(true);
    expect(weightsReachTotal([16.67, 16.67, 16.66, 50])).toBe(true);
  });

  it('rejects weights that fall short of or exceed 100', () => {
    expect(weightsReachTotal([33.33, 33.33, 33.33])).toBe(false);
    expect(weightsReachTotal([50, 50.01])).toBe(false);
  });
});

describe('weightInHundredths', () => {
  it('converts a weight to whole hundredths and refuses non-numbers', () => {
    expect(weightInHundredths(12.5)).toBe(1250);
    expect(weightInHundredths(Number.NaN)).toBeNull();
  });
});

describe('normaliseWeights', () => {
  it('scales whole-number weights to whole numbers when the proportions allow', () => {
    expect(normaliseWeights([10, 10, 20])).toEqual([25, 25, 50]);
    expect(normaliseWeights([1, 2, 2])).toEqual([20, 40, 40]);
  });

  it('rounds unequal weights to whole numbers that still sum to 100', () => {
    expect(normaliseWeights([2, 1])).toEqual([67, 33]);
  });

  it('uses two decimals when whole numbers would treat equal weights differently', () => {
    expect(normaliseWeights([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
  });

  it('uses two decimals when whole numbers would drop a weight to zero', () => {
    const result = normaliseWeights([0.2, 0.3, 99]);
    expect(result.every((weight) => weight > 0)).toBe(true);
    expect(weightTotal(result)).toBe(100);
  });

  it('leaves weights that already sum to 100 unchanged', () => {
    expect(normaliseWeights([33.33, 33.33, 33.34])).toEqual([33.33, 33.33, 33.34]);
    expect(normaliseWeights([5, 95])).toEqual([5, 95]);
  });

  it('splits evenly when every weight is zero or unusable', () => {
    expect(normaliseWeights([0, 0, 0, 0])).toEqual([25, 25, 25, 25]);
    expect(normaliseWeights([Number.NaN, -3])).toEqual([50, 50]);
  });

  it('treats negative weights as zero', () => {
    expect(normaliseWeights([-10, 30, 10])).toEqual([0, 75, 25]);
  });

  it('returns nothing for no weights', () => {
    expect(normaliseWeights([])).toEqual([]);
  });

  it('always sums to exactly 100', () => {
    fc.assert(
      fc.property(typedWeights, (weights) => {
        const result = normaliseWeights(weights);
        const hundredths = result.reduce((sum, weight) => sum + Math.round(weight * 100), 0);
        return hundredths === 10_000 && weightTotal(result) === 100;
      }),
    );
  });

  it('never produces a negative weight or more than two decimals', () => {
    fc.assert(
      fc.property(typedWeights, (weights) =>
        normaliseWeights(weights).every((weight) => weight >= 0 && hasAtMostTwoDecimals(weight)),
      ),
    );
  });

  it('keeps one result per input weight', () => {
    fc.assert(
      fc.property(typedWeights, (weights) => normaliseWeights(weights).length === weights.length),
    );
  });

  it('never lets a smaller weight end up larger than a bigger one', () => {
    fc.assert(
      fc.property(typedWeights, (weights) => {
        const result = normaliseWeights(weights);
        return weights.every((a, i) =>
          weights.every((b, j) => !(a < b) || (result[i] ?? 0) <= (result[j] ?? 0)),
        );
      }),
    );
  });

  it('gives equal weights results at most one hundredth apart', () => {
    fc.assert(
      fc.property(typedWeights, (weights) => {
        const result = normaliseWeights(weights);
        return weights.every((a, i) =>
          weights.every(
            (b, j) => a !== b || Math.abs((result[i] ?? 0) - (result[j] ?? 0)) <= 0.0100001,
          ),
        );
      }),
    );
  });

  it('stays within one point of the exact proportional share', () => {
    fc.assert(
      fc.property(typedWeights, (weights) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const result = normaliseWeights(weights);
        return weights.every((weight, index) => {
          const exact = total === 0 ? 100 / weights.length : (weight * 100) / total;
          return Math.abs((result[index] ?? 0) - exact) < 1;
        });
      }),
    );
  });

  it('returns whole numbers when whole-number weights scale to whole numbers', () => {
    fc.assert(
      fc.property(wholeSharesOf100, fc.integer({ min: 2, max: 9 }), (shares, scale) => {
        const weights = shares.map((share) => share * scale);
        expect(normaliseWeights(weights)).toEqual(shares);
        return true;
      }),
    );
  });

  it('returns integer weights that already sum to 100 unchanged', () => {
    fc.assert(
      fc.property(wholeSharesOf100, (weights) => {
        expect(normaliseWeights(weights)).toEqual(weights);
        return true;
      }),
    );
  });
});

describe('weightAsFraction', () => {
  it('stores percent weights as fractions without float drift', () => {
    expect(weightAsFraction(33.33)).toBe(0.3333);
    expect(weightAsFraction(7)).toBe(0.07);
  });
});
