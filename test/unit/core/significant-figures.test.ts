import { roundToSignificantFigures } from '../../../src/core/significant-figures';

describe('roundToSignificantFigures', () => {
  it.each([
    [123456, 123000],
    [124, 124],
    [123.45, 123],
    [0.1235, 0.124],
    [-0.1235, -0.124],
    [2.675, 2.68],
    [999.5, 1000],
    [0.0004567, 0.000457],
    [1.2345e-7, 1.23e-7],
    [9.87654e21, 9.88e21],
    [0, 0],
  ])('rounds %d to %d at 3 figures', (value, expected) => {
    expect(roundToSignificantFigures(value)).toBe(expected);
  });

  it('rounds to any number of figures', () => {
    expect(roundToSignificantFigures(123456, 1)).toBe(100000);
    expect(roundToSignificantFigures(123456, 5)).toBe(123460);
  });
});
