import { columnLetter } from '../../../src/core/column-letter';

describe('columnLetter', () => {
  it('names columns past Z with two letters', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
