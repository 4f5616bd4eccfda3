import { cadenceReader, parseCadence } from '../../../src/core/review-cadence';

describe('parseCadence', () => {
  it.each([
    ['Monthly', 1],
    ['Quarterly', 3],
    ['quarterly', 3],
    ['Biannual', 6],
    ['Semiannual', 6],
    ['Semi-annual', 6],
    ['Bi-annual', 6],
    ['bi annual', 6],
    ['Semi annual', 6],
    ['Half-yearly', 6],
    ['half yearly', 6],
    ['Annual', 12],
    ['Yearly', 12],
    ['ANNUALLY', 12],
    [' 4 ', 4],
    ['2 months', 2],
    ['every 9 months', 9],
    [18, 18],
    ['', 3],
    [null, 3],
    [undefined, 3],
  ])('reads %j as %d months', (cadence, months) => {
    expect(parseCadence(cadence)).toBe(months);
  });

  it('says which cadences work', () => {
    expect(() => parseCadence('Fortnightly')).toThrow(
      'Cadence "Fortnightly" is not recognised — use Monthly, Quarterly, Biannual, Annual or a whole number of months.',
    );
    expect(() => parseCadence(2.5)).toThrow(/not a whole number of months/);
    expect(() => parseCadence(0)).toThrow(/not a whole number of months/);
    expect(() => parseCadence('1.5 months')).toThrow(/not a whole number of months/);
    expect(() => parseCadence(true)).toThrow(/Cadence is true/);
  });
});

describe('cadenceReader', () => {
  it('reads each cadence cell as parseCadence does, down a column that repeats cadences', () => {
    const readCadence = cadenceReader();
    expect(['Quarterly', 'Quarterly', 'Annual', '', 2].map(readCadence)).toEqual([3, 3, 12, 3, 2]);
    expect(() => readCadence('Fortnightly')).toThrow(/Cadence "Fortnightly" is not recognised/);
  });
});
