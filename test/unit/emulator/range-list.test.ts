import { setUp } from './set-up';

describe('RangeList', () => {
  it('applies range lists to each range', () => {
    const { sheet } = setUp();
    sheet.getRangeList(['A1', 'C1:D1']).setNumberFormat('0.00').setFontWeight('bold');
    expect(sheet.getRange('A1:D1').getNumberFormats()[0]).toEqual([
      '0.00',
      '0.###############',
      '0.00',
      '0.00',
    ]);
  });
});
