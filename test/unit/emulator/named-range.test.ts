import { setUp } from './set-up';

describe('NamedRange', () => {
  it('keeps named ranges, returns null for unknown names, and removes them', () => {
    const { ss } = setUp();
    ss.setNamedRange('KPI_AS_OF', ss.getRange('Sheet1!B1'));
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B1');
    expect(ss.getNamedRanges().map((named) => named.getName())).toEqual(['KPI_AS_OF']);
    expect(ss.getRangeByName('NOPE')).toBeNull();
    expect(() => ss.setNamedRange('A1', ss.getRange('Sheet1!B1'))).toThrow(/not valid/);
    ss.removeNamedRange('KPI_AS_OF');
    expect(ss.getRangeByName('KPI_AS_OF')).toBeNull();
  });
});
