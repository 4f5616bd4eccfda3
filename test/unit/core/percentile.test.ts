import fc from 'fast-check';
import { median, percentileInc } from '../../../src/core/percentile';

describe('percentileInc, as Sheets’ PERCENTILE.INC', () => {
  it.each([
    [[100, 110, 120, 130, 140], 0.6, 124],
    [[100, 110, 120, 130, 140], 0.4, 116],
    [[140, 100, 130, 110, 120], 0.6, 124],
    [[1, 2, 3, 4], 0.6, 2.8],
    [[5], 0.6, 5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[7, 7, 7, 9, 9], 0.6, 7.8],
  ])('of %j at %d is %d', (values, p, expected) => {
    expect(percentileInc(values, p)).toBeCloseTo(expected, 12);
  });

  it('keeps ties: a percentile inside a run of equal values is that value', () => {
    expect(percentileInc([3, 8, 8, 8, 8, 10], 0.6)).toBe(8);
    expect(percentileInc([2, 2, 2, 2, 2], 0.4)).toBe(2);
  });

  it('leaves the values it is given unsorted', () => {
    const values = [3, 1, 2];
    percentileInc(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('always lies between the smallest and the largest value, rising with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const low = percentileInc(values, Math.min(p, q));
          const high = percentileInc(values, Math.max(p, q));
          expect(low).toBeGreaterThanOrEqual(Math.min(...values));
          expect(high).toBeLessThanOrEqual(Math.max(...values));
          expect(high).toBeGreaterThanOrEqual(low);
        },
      ),
    );
  });

  it('refuses an empty list and a p outside 0 to 1, where Sheets shows #NUM!', () => {
    expect(() => percentileInc([], 0.5)).toThrow('percentileInc needs at least one value.');
    expect(() => percentileInc([1], 1.5)).toThrow('percentileInc needs p from 0 to 1, not 1.5.');
    expect(() => percentileInc([1], Number.NaN)).toThrow(/not NaN/);
  });
});

describe('median, as Sheets’ MEDIAN', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([3, 1, 4, 2])).toBe(2.5);
    expect(median([4, 4, 1, 9])).toBe(4);
  });
});
